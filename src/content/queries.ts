/**
 * Read the collections in the shapes pages need. The only place that knows which collection
 * lives at which URL; pages and the sidebar ask here instead of building paths themselves.
 */
import { getCollection, getEntries, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildSidebar, readingOrder, type NavItem } from '../lib/nav';
import { createHash } from 'node:crypto';
import { publishModel } from '../lib/assessment/published-model';
import { href } from '../lib/paths';
import { LEVEL_IDS } from '../schemas/framework';
import type { Model } from '../lib/assessment/model';

export const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

export const paths = {
	doc: (id: string) => `/docs/${id}/`,
	pattern: (id: string) => `/docs/patterns/${id}/`,
	principle: (id: string) => `/docs/principles/${id}/`,
	level: (id: string) => `/docs/maturity/${id}/`,
	scale: (id: string) => `/docs/adoption/${id}/`,
	audience: (id: string) => `/docs/stacks/${id}/`,
	step: (id: string) => `/docs/start/#${id}`,
	layer: (id: string) => `/docs/layers/#${id}`,
};

export async function getLevels(): Promise<CollectionEntry<'levels'>[]> {
	const levels = (await getCollection('levels')).sort((a, b) => a.data.number - b.data.number);
	levels.forEach((level, i) => {
		if (level.id !== LEVEL_IDS[i] || level.data.number !== i + 1) {
			throw new Error(`levels: expected ${LEVEL_IDS[i]} as level ${i + 1}, found ${level.id} (${level.data.number})`);
		}
	});
	return levels;
}

export async function getSorted<C extends 'patterns' | 'principles' | 'layers' | 'scales' | 'audiences' | 'steps'>(
	collection: C,
): Promise<CollectionEntry<C>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	return entries.sort((a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order);
}

/** Every docs page, for the sidebar and previous/next links. */
export async function getDocsNav(): Promise<NavItem[]> {
	const [docs, patterns, principles, levels, scales, audiences] = await Promise.all([
		getCollection('docs'),
		getSorted('patterns'),
		getSorted('principles'),
		getLevels(),
		getSorted('scales'),
		getSorted('audiences'),
	]);
	return [
		...docs.map((d) => ({ path: paths.doc(d.id), title: d.data.title, section: d.data.section, order: d.data.order })),
		...patterns.map((p) => ({ path: paths.pattern(p.id), title: p.data.title, section: 'patterns' as const, order: p.data.order })),
		...principles.map((p) => ({ path: paths.principle(p.id), title: p.data.title, section: 'principles' as const, order: p.data.order })),
		...levels.map((l) => ({ path: paths.level(l.id), title: l.data.title, section: 'maturity' as const, order: l.data.number })),
		...scales.map((s) => ({ path: paths.scale(s.id), title: s.data.title, section: 'adoption' as const, order: s.data.order })),
		...audiences.map((a) => ({ path: paths.audience(a.id), title: a.data.title, section: 'stacks' as const, order: a.data.order })),
		{ path: '/assessment/scoring/', title: 'How scoring works', section: 'reference', order: 3 },
	];
}

async function loadSidebar() {
	const sections = buildSidebar(await getDocsNav());
	return { sections, order: readingOrder(sections) };
}
let built: ReturnType<typeof loadSidebar> | undefined;

/** The docs in reading order. Built once per production build (every docs page asks for it, so
 * rebuilding it per page costs time in the square of the page count); fresh on every request in dev. */
export function getSidebar() {
	if (!import.meta.env.PROD) return loadSidebar();
	return (built ??= loadSidebar());
}

/**
 * Resolve references and fail the build on a dangling one. Astro's `reference()` checks the
 * shape of an id, not that the entry exists, so every page resolves references through here.
 */
export async function resolveRefs<C extends CollectionKey>(
	refs: { collection: C; id: string }[],
	from: { collection: string; id: string; field: string },
): Promise<CollectionEntry<C>[]> {
	const entries = await getEntries(refs);
	entries.forEach((entry, i) => {
		if (!entry) {
			const ref = refs[i]!;
			throw new Error(
				`Dangling reference in src/content/${from.collection}/${from.id}: field "${from.field}" points to ${ref.collection}/${ref.id}, which does not exist.`,
			);
		}
	});
	return entries as CollectionEntry<C>[];
}

/**
 * The sources a page cites, in the order it cites them. A citation with no entry in
 * src/content/sources.yaml fails the build, naming the page and the id (through resolveRefs).
 */
export async function getCitedSources(
	entry: { id: string; data: { sources?: { collection: 'sources'; id: string }[] | undefined } },
	collection: string,
): Promise<CollectionEntry<'sources'>[]> {
	const refs = entry.data.sources ?? [];
	return refs.length ? resolveRefs(refs, { collection, id: entry.id, field: 'sources' }) : [];
}

/**
 * Where the islands fetch the published model: the address carries a hash of its content, so a
 * browser never combines a page with another release's questions (the service worker ignores it).
 */
export async function getModelUrl(): Promise<string> {
	const hash = createHash('sha256').update(JSON.stringify(publishModel(await getModel()))).digest('hex').slice(0, 12);
	return href(`/assessment/model.json?v=${hash}`);
}

/** The assessment model (meta + dimensions in order). Fails the build on duplicate practice ids. */
export async function getModel(): Promise<Model> {
	const [metaEntries, dimensions] = await Promise.all([getCollection('model'), getCollection('dimensions')]);
	const meta = metaEntries.find((m) => m.id === 'current');
	if (!meta) throw new Error('src/content/assessment/model.yaml: no entry with id "current"');
	const seen = new Map<string, string>();
	for (const d of dimensions) {
		for (const p of d.data.practices) {
			const other = seen.get(p.id);
			if (other) throw new Error(`Practice id "${p.id}" is used twice: in dimensions ${other} and ${d.id}`);
			seen.set(p.id, d.id);
		}
	}
	return { meta: meta.data, dimensions: dimensions.map((d) => ({ id: d.id, ...d.data })).sort((a, b) => a.order - b.order) };
}
