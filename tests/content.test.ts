/**
 * The framework's content rules that the build does not enforce, on the content as Astro's own
 * loaders read it (vitest runs with Astro's Vite configuration; tests/setup-content.ts syncs).
 *
 * The build already refuses, naming file and field: an entry that does not match its schema
 * (every collection), a dangling reference (patterns ↔ principles, steps → patterns, resolved by
 * resolveRefs() on every pattern, principle and the start page), levels out of order or numbered
 * wrongly (getLevels()), duplicate practice ids (getModel()). The assessment model's own rules
 * are in tests/assessment-model.test.ts (src/lib/assessment/model-rules.ts).
 *
 * So this file checks only: the framework has exactly its building blocks, orders are unique,
 * every pattern has its two prose sections, bodies start at h2 and repeat no heading, glossary
 * terms are unique, every dimension links to a docs page that exists, and every practice id a page
 * names in a code span is a practice of the model.
 */
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { getDocsNav } from '../src/content/queries';
import { AUDIENCE_IDS, LEVEL_IDS, SCALE_IDS, STEP_IDS } from '../src/schemas/framework';
import { realModel } from './real-model';

// realModel() fails with the sync error first, so nothing below runs on a stale content store.
const model = await realModel();
const [patterns, principles, levels, scales, audiences, steps, layers, docs, glossary] = await Promise.all([
	getCollection('patterns'),
	getCollection('principles'),
	getCollection('levels'),
	getCollection('scales'),
	getCollection('audiences'),
	getCollection('steps'),
	getCollection('layers'),
	getCollection('docs'),
	getCollection('glossary'),
]);

const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();

describe('framework collections', () => {
	it('have exactly the framework building blocks', () => {
		expect(ids(patterns)).toEqual(['composability', 'observability', 'specialization', 'validation-gates', 'version-control']);
		expect(principles).toHaveLength(6);
		expect(ids(layers)).toEqual(['infrastructure', 'methodology', 'philosophy']);
		// getLevels() refuses levels out of order, but not a missing last level.
		expect(ids(levels)).toEqual([...LEVEL_IDS].sort());
		expect(ids(scales)).toEqual([...SCALE_IDS].sort());
		expect(ids(audiences)).toEqual([...AUDIENCE_IDS].sort());
		expect(ids(steps)).toEqual([...STEP_IDS].sort());
	});

	const ordered: [string, { data: { order: number } }[]][] = [
		['patterns', patterns],
		['principles', principles],
		['scales', scales],
		['audiences', audiences],
		['steps', steps],
		['layers', layers],
	];
	it.each(ordered)('orders are unique within %s', (_name, list) => {
		const orders = list.map((e) => e.data.order);
		expect(new Set(orders).size).toBe(orders.length);
	});

	it('every pattern has all its sections', () => {
		for (const p of patterns) {
			expect(p.body, p.filePath).toMatch(/^## In infrastructure$/m);
			expect(p.body, p.filePath).toMatch(/^## For AI and agents$/m);
		}
	});

	it('docs bodies start at h2 and repeat no heading', () => {
		for (const entry of [...docs, ...patterns, ...principles, ...levels, ...scales, ...audiences, ...steps]) {
			const headings = [...(entry.body ?? '').replace(/```[\s\S]*?```/g, '').matchAll(/^(#{1,6}) (.+)$/gm)];
			expect(
				headings.filter((h) => h[1] === '#'),
				`${entry.filePath} has an h1`,
			).toEqual([]);
			const texts = headings.map((h) => h[2]!.trim().toLowerCase());
			expect(new Set(texts).size, `${entry.filePath} repeats a heading`).toBe(texts.length);
		}
	});

	it('glossary terms are unique', () => {
		const terms = glossary.map((g) => g.data.term.toLowerCase());
		expect(new Set(terms).size).toBe(terms.length);
		expect(glossary.length).toBeGreaterThanOrEqual(20);
	});
});

describe('assessment model', () => {
	it('links every dimension to a docs page that exists', async () => {
		const known = new Set((await getDocsNav()).map((page) => page.path).filter((path) => path.startsWith('/docs/')));
		for (const d of model.dimensions) expect(known, `${d.id}: ${d.docs}`).toContain(d.docs.replace(/#.*$/, ''));
	});

	// Pages that map other frameworks onto the assessment (docs/twelve-factors.md) name practices by
	// id in code spans; a renamed or removed practice must not leave them pointing at nothing.
	it('every practice id a docs or pattern page names exists in the model', () => {
		const practiceIds = new Set(model.dimensions.flatMap((d) => d.practices.map((p) => p.id)));
		const prefixes = [...new Set([...practiceIds].map((id) => id.split('-')[0]))].join('|');
		const named = new RegExp(`\`((?:${prefixes})-[a-z0-9-]+)\``, 'g');
		let seen = 0;
		for (const entry of [...docs, ...patterns]) {
			for (const [, id] of (entry.body ?? '').matchAll(named)) {
				seen++;
				expect(practiceIds, `${entry.filePath} names ${id}`).toContain(id);
			}
		}
		expect(seen).toBeGreaterThan(12);
	});
});
