/**
 * Read the collections in the shapes pages need. The only place that knows which collection
 * lives at which URL; pages and the sidebar ask here instead of building paths themselves.
 */
import { getCollection, getEntries, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildSidebar, readingOrder, type NavItem } from '../lib/nav';
import { createHash } from 'node:crypto';
import { publishModel } from '../lib/assessment/published-model';
import { changelogProblems } from '../lib/assessment/changelog';
import type { ModelVersion } from '../schemas/model-changelog';
import { href } from '../lib/paths';
import { LEVEL_IDS } from '../schemas/framework';
import { buildModel, LEVEL_NAMES } from '../lib/assessment/model';
import type { LevelMeaning } from '../lib/assessment/result-view';
import type { Model } from '../lib/assessment/model';
import { routes } from '../lib/routes';

export const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

export async function getLevels(): Promise<CollectionEntry<'levels'>[]> {
	const levels = (await getCollection('levels')).sort((a, b) => a.data.number - b.data.number);
	levels.forEach((level, i) => {
		if (level.id !== LEVEL_IDS[i] || level.data.number !== i + 1) {
			throw new Error(`levels: expected ${LEVEL_IDS[i]} as level ${i + 1}, found ${level.id} (${level.data.number})`);
		}
		// The islands name levels without loading the collection (LEVEL_NAMES); the collection decides.
		if (level.data.name !== LEVEL_NAMES[i]) {
			throw new Error(`levels: ${level.id} is named "${level.data.name}" but LEVEL_NAMES in src/lib/assessment/model.ts says "${LEVEL_NAMES[i]}"`);
		}
	});
	return levels;
}

/** What each level means, for the results views (the islands get it as a prop). */
export async function getLevelMeanings(): Promise<LevelMeaning[]> {
	return (await getLevels()).map((l) => ({ number: l.data.number, markers: l.data.markers, path: routes.docs.level(l.id) }));
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
		...docs.map((d) => ({ path: routes.docs.page(d.id), title: d.data.title, section: d.data.section, order: d.data.order })),
		...patterns.map((p) => ({ path: routes.docs.pattern(p.id), title: p.data.title, section: 'patterns' as const, order: p.data.order })),
		...principles.map((p) => ({ path: routes.docs.principle(p.id), title: p.data.title, section: 'principles' as const, order: p.data.order })),
		...levels.map((l) => ({ path: routes.docs.level(l.id), title: l.data.title, section: 'maturity' as const, order: l.data.number })),
		...scales.map((s) => ({ path: routes.docs.scale(s.id), title: s.data.title, section: 'adoption' as const, order: s.data.order })),
		...audiences.map((a) => ({ path: routes.docs.audience(a.id), title: a.data.title, section: 'stacks' as const, order: a.data.order })),
		{ path: routes.assessment.scoring, title: 'How scoring works', section: 'reference', order: 3 },
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
 * The entries references name, in their order. checkReferences() (src/content/references.ts) has
 * failed the build on any dangling one before a page renders, so a missing entry here is a bug.
 */
export async function entriesOf<C extends CollectionKey>(refs: { collection: C; id: string }[]): Promise<CollectionEntry<C>[]> {
	const entries = await getEntries(refs);
	const missing = refs.filter((_, i) => !entries[i]);
	if (missing.length) throw new Error(`entriesOf: ${missing.map((r) => `${r.collection}/${r.id}`).join(', ')} not found (checkReferences() should have failed the build)`);
	return entries as CollectionEntry<C>[];
}

/**
 * The sources a page cites, in the order it cites them. A citation with no entry in
 * src/content/sources.yaml fails the build, naming the page and the id (checkReferences()).
 */
export async function getCitedSources(entry: { data: { sources?: { collection: 'sources'; id: string }[] | undefined } }): Promise<CollectionEntry<'sources'>[]> {
	return entriesOf(entry.data.sources ?? []);
}

/**
 * Where the islands fetch the published model: the address carries a hash of its content, so a
 * browser never combines a page with another release's questions (the service worker ignores it).
 */
export async function getModelUrl(): Promise<string> {
	const hash = createHash('sha256').update(JSON.stringify(publishModel(await getModel()))).digest('hex').slice(0, 12);
	return `${href(routes.assessment.model)}?v=${hash}`;
}

/** The assessment model (meta + dimensions in order). Fails the build on duplicate practice ids. */
export async function getModel(): Promise<Model> {
	const [metaEntries, dimensions] = await Promise.all([getCollection('model'), getCollection('dimensions')]);
	const meta = metaEntries.find((m) => m.id === 'current');
	if (!meta) throw new Error('src/content/assessment/model.yaml: no entry with id "current"');
	return buildModel(meta.data, dimensions);
}

/**
 * The model changelog, newest first. Fails the build when an entry's id does not name its version,
 * when a version has no entry or is dated before the version it follows (changelogProblems());
 * the content test (tests/model-changelog.test.ts) checks each entry's facts. Sorted here: the
 * collection does not keep the file's order.
 */
export async function getModelChangelog(): Promise<ModelVersion[]> {
	const [entries, model] = await Promise.all([getCollection('modelChangelog'), getModel()]);
	const where = 'src/content/assessment/changelog.yaml';
	const misnamed = entries.filter((e) => e.id !== `v${e.data.version}`);
	if (misnamed.length) throw new Error(`${where}: ${misnamed.map((e) => `entry ${e.id} is version ${e.data.version}`).join('; ')}`);
	const versions = entries.map(({ data: { id: _id, ...version } }) => version).sort((a, b) => b.version - a.version);
	const problems = changelogProblems(versions, model.meta.version);
	if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
	return versions;
}

export const getDocs = () => getCollection('docs');

export const getGlossary = async () => (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));

export const getPersonas = async () => (await getCollection('personas')).map((p) => p.data).sort((a, b) => a.order - b.order);
