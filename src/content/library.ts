/**
 * Read the library in the shapes its pages and endpoints need: templates with their files' bytes,
 * sizes and checksums, the starter kits, and case studies. Build time only (reads files from disk).
 * The checksums shown on pages are computed from the same bytes the endpoints serve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveRefs } from './queries';
import { sha256Hex } from '../lib/library/checksum';
import { buildKit, KIT_IDS, type BuiltKit } from '../lib/library/kits';
import type { Resource } from '../lib/assessment/resources';
import type { TemplateFile } from '../schemas/library';

export const libraryPaths = {
	templates: '/templates/',
	template: (id: string) => `/templates/${id}/`,
	file: (templateId: string, name: string) => `/templates/files/${templateId}/${name}`,
	kit: (fileName: string) => `/templates/kits/${fileName}`,
	caseStudies: '/case-studies/',
	caseStudy: (id: string) => `/case-studies/${id}/`,
	feed: '/feed.xml',
};

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
		path: libraryPaths.file(templateId, file.name),
		bytes,
		text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
		size: bytes.length,
		sha256: sha256Hex(bytes),
	};
}

/** Templates sorted by title; every dimension reference is checked (a dangling id fails the build). */
export async function getTemplates(): Promise<CollectionEntry<'templates'>[]> {
	const templates = await getCollection('templates');
	for (const t of templates) await resolveRefs(t.data.dimensions, { collection: 'templates', id: t.id, field: 'dimensions' });
	return templates.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/** The tags the assessment roadmap needs, as plain data for resourcesFor() (src/lib/assessment/resources.ts). */
export async function getTemplateTags(): Promise<(Pick<Resource, 'title' | 'path' | 'dimensions' | 'levels'> & { id: string; summary: string })[]> {
	return (await getTemplates()).map((t) => ({
		id: t.id,
		title: t.data.title,
		summary: t.data.summary,
		path: libraryPaths.template(t.id),
		dimensions: t.data.dimensions.map((d) => d.id),
		levels: t.data.levels,
	}));
}

let kits: Promise<(BuiltKit & { size: number; sha256: string })[]> | undefined;

/** Every starter kit, built once per build. `siteUrl` is the absolute site root the README links to. */
export function getKits(siteUrl: string) {
	kits ??= getTemplates().then((templates) => {
		const plain = templates.map((t) => ({ id: t.id, title: t.data.title, summary: t.data.summary, scales: t.data.scales, files: t.data.files }));
		return KIT_IDS.map((id) => {
			const kit = buildKit(id, plain, readTemplateFile, siteUrl);
			return { ...kit, size: kit.bytes.length, sha256: sha256Hex(kit.bytes) };
		});
	});
	return kits;
}

/** A case study's plain ids as references, for resolveRefs() (sources, principles and mapped patterns are plain ids; see frameworkMapping). */
const refsTo = <C extends 'sources' | 'principles' | 'patterns'>(collection: C, ids: readonly string[]) => ids.map((id) => ({ collection, id }));

/** Every assessment practice by id, with its dimension: for the practices a reported case study maps to. */
export async function getPracticesById() {
	const dims = await getCollection('dimensions');
	return new Map(
		dims.flatMap((d) => d.data.practices.map((p) => [p.id, { practice: p, dimension: d }] as const)),
	);
}

/**
 * Case studies, newest first, with every reference checked: templates, patterns and levels, the
 * sources cited (the primary one among them), and the patterns, principles and practices a
 * reported story maps to. A dangling id fails the build with the file and the field named.
 */
export async function getCaseStudies(): Promise<CollectionEntry<'caseStudies'>[]> {
	const [studies, practices] = await Promise.all([getCollection('caseStudies'), getPracticesById()]);
	for (const c of studies) {
		const from = (field: string) => ({ collection: 'case-studies', id: c.id, field });
		await resolveRefs(c.data.templates, from('templates'));
		await resolveRefs(c.data.patterns, from('patterns'));
		await resolveRefs(c.data.levels.map((l) => l.dimension), from('levels.dimension'));
		await resolveRefs(refsTo('sources', c.data.sources ?? []), from('sources'));
		if (c.data.source) await resolveRefs(refsTo('sources', [c.data.source]), from('source'));
		const map = c.data.caughtBy;
		if (map) {
			await resolveRefs(refsTo('patterns', map.patterns.map((e) => e.id)), from('caughtBy.patterns'));
			await resolveRefs(refsTo('principles', map.principles.map((e) => e.id)), from('caughtBy.principles'));
			for (const e of map.practices) {
				if (!practices.has(e.id)) {
					throw new Error(`Dangling reference in src/content/case-studies/${c.id}: field "caughtBy.practices" names the practice ${e.id}, which no dimension in src/content/assessment/dimensions/ has.`);
				}
			}
			const listed = new Set(c.data.patterns.map((p) => p.id));
			const missing = map.patterns.map((e) => e.id).filter((id) => !listed.has(id));
			if (missing.length) {
				throw new Error(`src/content/case-studies/${c.id}: "caughtBy.patterns" names ${missing.join(', ')}, which "patterns" does not list.`);
			}
		}
	}
	return studies.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'en'));
}

/** The sources a case study cites, in its order, resolved to their entries (getCaseStudies() has checked every id). */
export async function getCaseStudySources(study: CollectionEntry<'caseStudies'>): Promise<CollectionEntry<'sources'>[]> {
	return resolveRefs(refsTo('sources', study.data.sources ?? []), { collection: 'case-studies', id: study.id, field: 'sources' });
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
