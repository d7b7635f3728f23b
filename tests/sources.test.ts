/**
 * Sources as data, on the content as Astro's own loaders read it (vitest runs with Astro's Vite
 * configuration; tests/setup-content.ts syncs the store, which also checks every entry of
 * src/content/sources.yaml against its schema).
 *
 * Checked here: ids are unique and no entry sits unused; every citation names an entry, once per
 * page; a dangling citation fails with the page and the id named (getCitedSources(), which every
 * docs page uses, and the template pages); the pages that teach agent security, evaluation and
 * incidents, the household scale and the templates that state tool behavior cite sources and carry
 * a review date, and the practice pages stay at pattern depth.
 */
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { getCitedSources } from '../src/content/queries';
import { checkReferences } from '../src/content/references';
import { danglingReferences, describeDangling } from '../src/lib/references';
import { LEVEL_IDS } from '../src/schemas/framework';

if (process.env.CONTENT_SYNC_ERROR) throw new Error(`the content does not load:\n${process.env.CONTENT_SYNC_ERROR}`);

const CITING = ['docs', 'patterns', 'principles', 'levels', 'scales', 'audiences', 'steps', 'layers', 'templates'] as const;
type Page = { collection: string; id: string; body: string; sources: string[]; reviewed: Date | undefined };

const sources = await getCollection('sources');
const sourceIds = new Set(sources.map((s) => s.id));
const pages: Page[] = (
	await Promise.all(
		CITING.map(async (collection) =>
			(await getCollection(collection)).map((entry) => ({
				collection,
				id: entry.id,
				body: entry.body ?? '',
				sources: (entry.data.sources ?? []).map((ref) => ref.id),
				reviewed: entry.data.reviewed,
			})),
		),
	)
).flat();
const page = (collection: string, id: string) => pages.find((p) => p.collection === collection && p.id === id)!;

/** Words of a Markdown body as a reader sees them: link targets, code blocks and table rules left out. */
function wordCount(body: string): number {
	return body
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*`|[\]_>-]+/g, ' ')
		.split(/\s+/)
		.filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

const PRACTICE_PAGES = ['agent-security', 'evaluation', 'incidents'];
/** Templates that state how named tools behave (versions, defaults, licenses). */
const TOOL_TEMPLATES = ['gateway-observability', 'evaluation-set'];

describe('sources', () => {
	it('are all in use', () => {
		const cited = new Set(pages.flatMap((p) => p.sources));
		expect(sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
	});

	it('were checked no later than today', () => {
		for (const s of sources) expect(s.data.checked.getTime(), s.id).toBeLessThanOrEqual(Date.now());
	});
});

describe('citations', () => {
	it('name a source that exists, each once per page', () => {
		for (const p of pages) {
			const where = `src/content/${p.collection}/${p.id}`;
			expect(
				p.sources.filter((id) => !sourceIds.has(id)),
				`${where} cites unknown sources`,
			).toEqual([]);
			expect(new Set(p.sources).size, `${where} cites a source twice`).toBe(p.sources.length);
		}
	});

	it("pass the build's reference check, which names the file, field and id of one that has no source", async () => {
		await expect(checkReferences()).resolves.toBeUndefined();
		const entry = {
			collection: 'docs',
			id: 'some-page',
			filePath: 'src/content/docs/some-page.md',
			data: { sources: [{ collection: 'sources', id: 'no-such-source' }] },
		};
		const found = danglingReferences([entry], new Map([['sources', sourceIds]]), []);
		expect(describeDangling(found)).toMatch(/src\/content\/docs\/some-page\.md: field "sources" points to sources\/no-such-source/);
	});

	it('on a template page pass the same check: a template citing an id with no source is named with its file', async () => {
		const template = (await getCollection('templates')).find((t) => t.id === 'gateway-observability')!;
		const known = new Map([
			['sources', sourceIds],
			['dimensions', new Set((await getCollection('dimensions')).map((d) => d.id))],
		]);
		expect(danglingReferences([template], known, [])).toEqual([]);
		const broken = {
			...template,
			data: { ...template.data, sources: [...(template.data.sources ?? []), { collection: 'sources' as const, id: 'no-such-source' }] },
		};
		expect(describeDangling(danglingReferences([broken], known, []))).toBe(
			`${template.filePath}: field "sources" points to sources/no-such-source, which does not exist.`,
		);
	});

	it('resolve in the order the page gives them', async () => {
		const [first, second] = sources;
		const entry = { id: 'some-page', data: { sources: [second!, first!].map((s) => ({ collection: 'sources' as const, id: s.id })) } };
		expect((await getCitedSources(entry)).map((s) => s.id)).toEqual([second!.id, first!.id]);
	});

	it.each([...PRACTICE_PAGES.map((id) => ['docs', id]), ['scales', 'household'], ...TOOL_TEMPLATES.map((id) => ['templates', id])])(
		'%s/%s cites sources and carries a review date',
		(collection, id) => {
			const p = page(collection, id);
			expect(p.sources.length).toBeGreaterThan(0);
			expect(p.reviewed).toBeInstanceOf(Date);
		},
	);
});

describe('practice pages', () => {
	it.each(PRACTICE_PAGES)('%s is at pattern depth (1,200–2,000 words)', (id) => {
		const words = wordCount(page('docs', id).body);
		expect(words).toBeGreaterThanOrEqual(1200);
		expect(words).toBeLessThanOrEqual(2000);
	});

	it.each(PRACTICE_PAGES)('%s has the sections of a pattern page and a row per level', (id) => {
		const body = page('docs', id).body;
		for (const heading of ['At each level', 'What to do this week', 'Pitfalls', 'How to measure it', 'Related']) {
			expect(body, `${id}: ## ${heading}`).toMatch(new RegExp(`^## ${heading}$`, 'm'));
		}
		for (const level of LEVEL_IDS) expect(body, `${id}: level ${level}`).toContain(`(/docs/maturity/${level}/)`);
	});
});
