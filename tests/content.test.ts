/**
 * Content integrity, independent of the Astro build: every entry valid against its schema, every
 * id reference resolves, every level has its page, every pattern has all its sections, and the
 * assessment model meets its structural rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as fw from '../src/schemas/framework';
import { glossarySchema } from '../src/schemas/framework';
import { CONTENT, loadDir, loadModel } from './load-content';

const patterns = loadDir('patterns', fw.patternSchema.extend({ principles: z.array(z.string()) }));
const principles = loadDir('principles', fw.principleSchema.extend({ patterns: z.array(z.string()) }));
const levels = loadDir('levels', fw.levelSchema);
const scales = loadDir('scales', fw.scaleSchema);
const audiences = loadDir('audiences', fw.audienceSchema);
const steps = loadDir('steps', fw.stepSchema.extend({ patterns: z.array(z.string()) }));
const layers = loadDir('layers', fw.layerSchema);
const docs = loadDir('docs', fw.docSchema);
const glossary = z.array(glossarySchema.extend({ id: z.string() })).parse(parse(readFileSync(join(CONTENT, 'glossary.yaml'), 'utf8')));
const model = loadModel();

const ids = <T extends { id: string }>(list: T[]) => list.map((e) => e.id).sort();

describe('framework collections', () => {
	it('have exactly the framework building blocks', () => {
		expect(ids(patterns)).toEqual(['composability', 'observability', 'specialization', 'validation-gates', 'version-control']);
		expect(principles).toHaveLength(6);
		expect(ids(layers)).toEqual(['infrastructure', 'methodology', 'philosophy']);
		expect(ids(levels)).toEqual([...fw.LEVEL_IDS].sort());
		expect(ids(scales)).toEqual([...fw.SCALE_IDS].sort());
		expect(ids(audiences)).toEqual([...fw.AUDIENCE_IDS].sort());
		expect(ids(steps)).toEqual([...fw.STEP_IDS].sort());
	});

	it('number the levels in order and give each its page data', () => {
		for (const level of levels) expect(level.data.number).toBe(fw.LEVEL_IDS.indexOf(level.id as fw.LevelId) + 1);
	});

	it('orders are unique within each collection', () => {
		for (const list of [patterns, principles, scales, audiences, steps, layers]) {
			const orders = list.map((e) => (e.data as { order: number }).order);
			expect(new Set(orders).size).toBe(orders.length);
		}
	});

	it('every pattern has all its sections', () => {
		for (const p of patterns) {
			expect(p.body, p.file).toMatch(/^## In infrastructure$/m);
			expect(p.body, p.file).toMatch(/^## For AI and agents$/m);
		}
	});

	it('every id reference resolves', () => {
		const patternIds = new Set(ids(patterns));
		const principleIds = new Set(ids(principles));
		for (const p of patterns) for (const r of p.data.principles) expect(principleIds, `${p.file} → ${r}`).toContain(r);
		for (const p of principles) for (const r of p.data.patterns) expect(patternIds, `${p.file} → ${r}`).toContain(r);
		for (const s of steps) for (const r of s.data.patterns) expect(patternIds, `${s.file} → ${r}`).toContain(r);
	});

	it('docs bodies start at h2 and repeat no heading', () => {
		for (const entry of [...docs, ...patterns, ...principles, ...levels, ...scales, ...audiences, ...steps]) {
			const headings = [...entry.body.replace(/```[\s\S]*?```/g, '').matchAll(/^(#{1,6}) (.+)$/gm)];
			expect(headings.filter((h) => h[1] === '#'), `${entry.file} has an h1`).toEqual([]);
			const texts = headings.map((h) => h[2]!.trim().toLowerCase());
			expect(new Set(texts).size, `${entry.file} repeats a heading`).toBe(texts.length);
		}
	});

	it('glossary terms are unique', () => {
		const terms = glossary.map((g) => g.term.toLowerCase());
		expect(new Set(terms).size).toBe(terms.length);
		expect(glossary.length).toBeGreaterThanOrEqual(20);
	});
});

describe('assessment model', () => {
	const practices = model.dimensions.flatMap((d) => d.practices);

	it('has at least 8 dimensions with unique orders', () => {
		expect(model.dimensions.length).toBeGreaterThanOrEqual(8);
		expect(new Set(model.dimensions.map((d) => d.order)).size).toBe(model.dimensions.length);
	});

	it('has unique, stable practice ids', () => {
		const all = practices.map((p) => p.id);
		expect(new Set(all).size).toBe(all.length);
	});

	it.each(model.dimensions.map((d) => [d.id, d] as const))('%s has a practice at every level 2–5, and chat-scoped ones at 2 and 3', (_id, d) => {
		for (const level of [2, 3, 4, 5]) expect(d.practices.some((p) => p.level === level)).toBe(true);
		for (const level of [2, 3]) expect(d.practices.some((p) => p.level === level && p.scopes.includes('chat'))).toBe(true);
	});

	it('answer scales run from "not in place" (0) to "fully in place" (1) in order', () => {
		for (const scale of Object.values(model.meta.scales)) {
			const values = scale.map((o) => o.value);
			expect(values[0]).toBe(0);
			expect(values.at(-1)).toBe(1);
			expect([...values].sort((a, b) => a - b)).toEqual(values);
		}
	});

	it('links every dimension to a docs page that exists', () => {
		const known = new Set([...patterns.map((p) => `/docs/patterns/${p.id}/`), ...principles.map((p) => `/docs/principles/${p.id}/`), ...docs.map((d) => `/docs/${d.id}/`)]);
		for (const d of model.dimensions) expect(known, d.id).toContain(d.docs.replace(/#.*$/, ''));
	});
});
