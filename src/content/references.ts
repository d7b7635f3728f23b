/**
 * The build's one reference check: every collection is loaded and every reference, Astro's
 * `reference()` or a plain id, must name an entry. It runs once per build from the Base layout,
 * which every page renders, and fails the build with each dangling id, its file and field.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { collections } from '../content.config';
import { danglingReferences, describeDangling, type ContentEntry, type PlainRefField } from '../lib/references';

/** Fields that hold plain ids instead of `reference()`s (see frameworkMapping in src/schemas/library.ts). */
const PLAIN_REFS: PlainRefField[] = [
	{ collection: 'caseStudies', field: 'source', to: 'sources' },
	{ collection: 'caseStudies', field: 'sources[]', to: 'sources' },
	{ collection: 'caseStudies', field: 'caughtBy.patterns[].id', to: 'patterns' },
	{ collection: 'caseStudies', field: 'caughtBy.principles[].id', to: 'principles' },
	{ collection: 'caseStudies', field: 'caughtBy.practices[].id', to: 'practices' },
];

async function run(): Promise<void> {
	const keys = Object.keys(collections) as CollectionKey[];
	const entries: ContentEntry[] = (await Promise.all(keys.map((k) => getCollection(k)))).flat();
	const known = new Map<string, Set<string>>(keys.map((k) => [k, new Set()]));
	for (const e of entries) known.get(e.collection)!.add(e.id);
	// Practices live inside the dimensions; case studies name them by id.
	known.set('practices', new Set(entries.flatMap((e) => (e.collection === 'dimensions' ? (e.data as { practices: { id: string }[] }).practices.map((p) => p.id) : []))));
	const dangling = danglingReferences(entries, known, PLAIN_REFS);
	if (dangling.length) throw new Error(`Dangling references:\n${describeDangling(dangling)}`);
}

let checked: Promise<void> | undefined;
/** Once per production build; on every request in dev, so an edit is checked when it is made. */
export function checkReferences(): Promise<void> {
	if (!import.meta.env.PROD) return run();
	return (checked ??= run());
}
