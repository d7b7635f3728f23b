/**
 * Starter kits: one zip per adoption scale, and one with everything, built from the same files the
 * template pages serve. Pure: file bytes come from the `read` function the caller passes in.
 */
import { SCALE_IDS, type ScaleId } from '../../schemas/framework';
import type { FormatId } from '../../schemas/library';
import { zipStore, type ZipEntry } from './zip';

/** The fields of a template a kit needs. */
export type KitTemplate = {
	id: string;
	title: string;
	summary: string;
	scales: readonly ScaleId[];
	files: readonly { name: string; format: FormatId; installAs?: string | undefined }[];
};

export type KitId = ScaleId | 'everything';
export const KIT_IDS: readonly KitId[] = [...SCALE_IDS, 'everything'];

/** The download file name of a kit, e.g. "agentops-team-kit.zip". */
export const kitFileName = (kit: KitId) => `agentops-${kit}-kit.zip`;

/** Templates in a kit: those tagged with the kit's scale (all of them for "everything"), sorted by id. */
export function kitTemplates<T extends KitTemplate>(templates: readonly T[], kit: KitId): T[] {
	return templates.filter((t) => kit === 'everything' || t.scales.includes(kit)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Where a template file goes in the kit: under the template's folder, at the name it is used under. */
export function kitPath(templateId: string, file: { name: string; installAs?: string | undefined }): string {
	return `${templateId}/${file.installAs ?? file.name}`;
}

/**
 * Where a kit's README points for each template's page. A kit travels (a mirror, an air-gapped
 * share, a colleague's mail), so the page is given as its path on whatever site the kit came from;
 * the public address is added only when the build knows a real one (SITE_URL set), never the
 * placeholder host.
 */
export type KitLinks = { base: string; publicSite: string | null };

/** The README placed at the top of every kit: what is inside and where each template's page is. */
export function kitReadme(kit: KitId, templates: readonly KitTemplate[], links: KitLinks): string {
	const scope = kit === 'everything' ? 'every template in the library' : `the templates for the ${kit} scale`;
	const lines = [
		`AgentOps starter kit: ${kit}`,
		'',
		`This kit holds ${scope}. Each folder is one template; files are at the path and name you`,
		'would use them under. Every file has <placeholders> to fill in and comments that explain it.',
		"Guidance and a checksum per file: each template's page, at the path given below on the site",
		'you got this kit from' + (links.publicSite ? `, or at its public address (${links.publicSite}).` : '.'),
		'',
	];
	for (const t of templates) {
		const path = `${links.base}templates/${t.id}/`;
		lines.push(`${t.id}/ — ${t.title}`, `  ${t.summary}`, `  Page: ${path}`);
		if (links.publicSite) lines.push(`  Public address: ${new URL(path, links.publicSite).href}`);
		for (const f of t.files) lines.push(`  - ${kitPath(t.id, f)}`);
		lines.push('');
	}
	return lines.join('\n');
}

export type BuiltKit = {
	id: KitId;
	fileName: string;
	templates: string[];
	/** Paths inside the zip, in archive order. */
	contents: string[];
	bytes: Uint8Array<ArrayBuffer>;
};

/** Build one kit's zip. Same templates and files in, same bytes out. */
export function buildKit(
	kit: KitId,
	templates: readonly KitTemplate[],
	read: (templateId: string, name: string) => Uint8Array,
	links: KitLinks,
): BuiltKit {
	const chosen = kitTemplates(templates, kit);
	if (chosen.length === 0) throw new Error(`kit "${kit}" would be empty: no template is tagged with that scale`);
	const entries: ZipEntry[] = [{ path: 'README.txt', data: new TextEncoder().encode(kitReadme(kit, chosen, links)) }];
	for (const t of chosen) {
		for (const f of t.files) {
			entries.push({ path: kitPath(t.id, f), data: read(t.id, f.name), executable: f.format === 'shell' });
		}
	}
	return {
		id: kit,
		fileName: kitFileName(kit),
		templates: chosen.map((t) => t.id),
		contents: entries.map((e) => e.path),
		bytes: zipStore(entries),
	};
}
