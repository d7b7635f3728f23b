/**
 * Sources as data: the sources file is valid, every citation on every page names an entry, no
 * entry sits unused, and the pages that teach agent security, evaluation, incidents and the
 * household scale cite their sources, carry a review date and stay at pattern depth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as fw from '../src/schemas/framework';
import { sourceEntrySchema } from '../src/schemas/sources';
import { CONTENT, loadDir, type Entry } from './load-content';

const sources = z.array(sourceEntrySchema).parse(parse(readFileSync(join(CONTENT, 'sources.yaml'), 'utf8')));
const sourceIds = new Set(sources.map((s) => s.id));

type Cited = { sources?: string[] | undefined; reviewed?: Date | undefined };
const pages: Entry<Cited>[] = [
	...loadDir('docs', fw.docSchema),
	...loadDir('patterns', fw.patternSchema.extend({ principles: z.array(z.string()) })),
	...loadDir('principles', fw.principleSchema.extend({ patterns: z.array(z.string()) })),
	...loadDir('levels', fw.levelSchema),
	...loadDir('scales', fw.scaleSchema),
	...loadDir('audiences', fw.audienceSchema),
	...loadDir('steps', fw.stepSchema.extend({ patterns: z.array(z.string()) })),
	...loadDir('layers', fw.layerSchema),
];
const byFile = (suffix: string) => pages.find((p) => p.file.endsWith(suffix))!;

/** Words of a Markdown body as a reader sees them: link targets, code fences and table rules left out. */
function wordCount(body: string): number {
	return body
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*`|[\]_>-]+/g, ' ')
		.split(/\s+/)
		.filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

describe('sources.yaml', () => {
	it('has unique ids', () => {
		expect(sourceIds.size).toBe(sources.length);
	});

	it('was checked no later than today', () => {
		for (const s of sources) expect(s.checked.getTime(), s.id).toBeLessThanOrEqual(Date.now());
	});

	it('keeps every source in use', () => {
		const cited = new Set(pages.flatMap((p) => p.data.sources ?? []));
		expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
	});
});

describe('citations', () => {
	it('name a source that exists, each once per page', () => {
		for (const page of pages) {
			const ids = page.data.sources ?? [];
			expect(ids.filter((id) => !sourceIds.has(id)), `${page.file} cites unknown sources`).toEqual([]);
			expect(new Set(ids).size, `${page.file} cites a source twice`).toBe(ids.length);
		}
	});

	it.each(['docs/agent-security.md', 'docs/evaluation.md', 'docs/incidents.md', 'scales/household.md'])('%s cites its sources and carries a review date', (file) => {
		const page = byFile(file);
		expect(page.data.sources?.length ?? 0).toBeGreaterThan(0);
		expect(page.data.reviewed).toBeInstanceOf(Date);
	});

	it.each(['docs/agent-security.md', 'docs/evaluation.md', 'docs/incidents.md'])('%s is at pattern depth (1,200–2,000 words)', (file) => {
		const words = wordCount(byFile(file).body);
		expect(words).toBeGreaterThanOrEqual(1200);
		expect(words).toBeLessThanOrEqual(2000);
	});

	it.each(['docs/agent-security.md', 'docs/evaluation.md', 'docs/incidents.md'])('%s has every section a pattern page has', (file) => {
		const body = byFile(file).body;
		for (const heading of ['At each level', 'What to do this week', 'Pitfalls', 'How to measure it', 'Related']) {
			expect(body, `${file}: ## ${heading}`).toMatch(new RegExp(`^## ${heading}$`, 'm'));
		}
		for (const level of fw.LEVEL_IDS) expect(body, `${file}: level ${level}`).toContain(`(/docs/maturity/${level}/)`);
	});
});
