/**
 * Read the library in the shapes its pages and endpoints need: templates with their files' bytes,
 * sizes and checksums, the starter kits, and case studies. Build time only (reads files from disk).
 * The checksums shown on pages are computed from the same bytes the endpoints serve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { entriesOf } from './queries';
import { sha256Hex } from '../lib/library/checksum';
import { buildKit, KIT_IDS, type BuiltKit, type KitLinks } from '../lib/library/kits';
import { href } from '../lib/paths';
import { publicSite } from '../lib/site';
import type { Resource } from '../lib/assessment/resources';
import type { TemplateFile } from '../schemas/library';
import { routes } from '../lib/routes';

/** Where template files live in the source tree. The build runs from the project root. */
const FILES_DIR = join(process.cwd(), 'src', 'templates', 'files');

export function readTemplateFile(templateId: string, name: string): Uint8Array<ArrayBuffer> {
	const file = join(FILES_DIR, templateId, name);
	try {
		return new Uint8Array(readFileSync(file));
	} catch {
		throw new Error(`src/content/templates/${templateId}.md lists the file "${name}", but ${file} does not exist.`);
	}
}

export type FileInfo = TemplateFile & { path: string; bytes: Uint8Array; text: string; size: number; sha256: string };

export function fileInfo(templateId: string, file: TemplateFile): FileInfo {
	const bytes = readTemplateFile(templateId, file.name);
	return {
		...file,
		path: routes.library.file(templateId, file.name),
		bytes,
		text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
		size: bytes.length,
		sha256: sha256Hex(bytes),
	};
}

/** Templates sorted by title. */
export async function getTemplates(): Promise<CollectionEntry<'templates'>[]> {
	return (await getCollection('templates')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/** The tags the assessment roadmap needs, as plain data for resourcesFor() (src/lib/assessment/resources.ts). */
export async function getTemplateTags(): Promise<(Pick<Resource, 'title' | 'path' | 'dimensions' | 'levels'> & { id: string; summary: string })[]> {
	return (await getTemplates()).map((t) => ({
		id: t.id,
		title: t.data.title,
		summary: t.data.summary,
		path: routes.library.template(t.id),
		dimensions: t.data.dimensions.map((d) => d.id),
		levels: t.data.levels,
	}));
}

let kits: Promise<(BuiltKit & { size: number; sha256: string })[]> | undefined;

const kitLinks = (): KitLinks => ({ base: href(routes.home), publicSite: publicSite(import.meta.env.SITE) });

/** Every starter kit, built once per build, with README links from the site's settings (kitLinks()). */
export function getKits() {
	kits ??= getTemplates().then((templates) => {
		const plain = templates.map((t) => ({ id: t.id, title: t.data.title, summary: t.data.summary, scales: t.data.scales, files: t.data.files }));
		return KIT_IDS.map((id) => {
			const kit = buildKit(id, plain, readTemplateFile, kitLinks());
			return { ...kit, size: kit.bytes.length, sha256: sha256Hex(kit.bytes) };
		});
	});
	return kits;
}

/** Every assessment practice by id, with its dimension: for the practices a reported case study maps to. */
export async function getPracticesById() {
	const dims = await getCollection('dimensions');
	return new Map(
		dims.flatMap((d) => d.data.practices.map((p) => [p.id, { practice: p, dimension: d }] as const)),
	);
}

/**
 * Case studies, newest first. checkReferences() has checked every id they name; this checks that a
 * reported story's mapped patterns are among the patterns it lists.
 */
export async function getCaseStudies(): Promise<CollectionEntry<'caseStudies'>[]> {
	const studies = await getCollection('caseStudies');
	for (const c of studies) {
		const map = c.data.caughtBy;
		if (map) {
			const listed = new Set(c.data.patterns.map((p) => p.id));
			const missing = map.patterns.map((e) => e.id).filter((id) => !listed.has(id));
			if (missing.length) {
				throw new Error(`src/content/case-studies/${c.id}: "caughtBy.patterns" names ${missing.join(', ')}, which "patterns" does not list.`);
			}
		}
	}
	return studies.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'en'));
}

/** The sources a case study cites, in its order. */
export async function getCaseStudySources(study: CollectionEntry<'caseStudies'>): Promise<CollectionEntry<'sources'>[]> {
	return entriesOf((study.data.sources ?? []).map((id) => ({ collection: 'sources' as const, id })));
}

/**
 * The dimensions a case study touches, for the index's filter: from its levels (illustrative) or
 * from the practices it maps to (reported).
 */
export function caseStudyDimensions(study: CollectionEntry<'caseStudies'>, practices: Awaited<ReturnType<typeof getPracticesById>>): string[] {
	const ids = [
		...study.data.levels.map((l) => l.dimension.id),
		...(study.data.caughtBy?.practices ?? []).map((e) => practices.get(e.id)?.dimension.id).filter((id): id is string => !!id),
	];
	return [...new Set(ids)];
}

/** Dimensions by id, for names and docs links. */
export async function getDimensionsById() {
	const dims = await getCollection('dimensions');
	return new Map(dims.sort((a, b) => a.data.order - b.data.order).map((d) => [d.id, d]));
}
