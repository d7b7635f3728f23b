/**
 * The templates library and case studies as content: every entry validates, every file a template
 * names exists (and nothing in its folder is left unlisted), every structured file parses in its
 * format, shell scripts pass `bash -n` (and shellcheck when installed), references resolve, and
 * case studies keep the honesty rule.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { caseStudySchema, templateSchema } from '../src/schemas/library';
import { parseCsv } from '../src/lib/library/csv';
import { sha256Hex } from '../src/lib/library/checksum';
import { buildKit, KIT_IDS } from '../src/lib/library/kits';
import { CONTENT, loadDir } from './load-content';

const FILES = join(import.meta.dirname, '..', 'src', 'templates', 'files');
const dimensionIds = readdirSync(join(CONTENT, 'assessment', 'dimensions')).map((f) => f.replace(/\.yaml$/, ''));
const patternIds = readdirSync(join(CONTENT, 'patterns')).map((f) => f.replace(/\.mdx?$/, ''));

const templates = loadDir('templates', templateSchema.extend({ dimensions: z.array(z.string()).min(1) }));
const templateIds = templates.map((t) => t.id);
const caseStudies = loadDir('case-studies', caseStudySchema({ dimension: z.string(), pattern: z.string(), template: z.string() }));

const hasShellcheck = (() => {
	try {
		execFileSync('shellcheck', ['--version']);
		return true;
	} catch {
		return false;
	}
})();

/** One check per format: throws when the file is not valid in its format. */
const checks: Record<string, (text: string, file: string) => void> = {
	yaml: (text) => void parseYaml(text, { strict: true, uniqueKeys: true }),
	json: (text) => void JSON.parse(text),
	csv: (text) => {
		const rows = parseCsv(text);
		expect(rows.length).toBeGreaterThan(1);
		for (const [i, row] of rows.entries()) expect(row.length, `row ${i + 1} has ${row.length} fields`).toBe(rows[0]!.length);
	},
	shell: (text, file) => {
		expect(text.startsWith('#!/usr/bin/env bash\n') || text.startsWith('#!/bin/sh\n')).toBe(true);
		execFileSync('bash', ['-n', file]);
		if (hasShellcheck) execFileSync('shellcheck', [file]);
	},
	env: (text) => {
		for (const line of text.split('\n')) {
			if (line === '' || line.startsWith('#')) continue;
			expect(line).toMatch(/^[A-Z][A-Z0-9_]*=("[^"\n]*"|[^\s#"]*)$/);
		}
	},
	markdown: (text) => {
		expect(text).toMatch(/^# /m);
	},
};

describe('templates', () => {
	it('has at least 12 templates, and their ids are unique', () => {
		expect(templates.length).toBeGreaterThanOrEqual(12);
		expect(new Set(templateIds).size).toBe(templateIds.length);
	});

	describe.each(templates.map((t) => [t.id, t] as const))('%s', (id, t) => {
		it('tags only real dimensions', () => {
			for (const d of t.data.dimensions) expect(dimensionIds).toContain(d);
		});

		it('names files that exist, and its folder holds no unlisted file', () => {
			const dir = join(FILES, id);
			expect(existsSync(dir)).toBe(true);
			expect(readdirSync(dir).sort()).toEqual(t.data.files.map((f) => f.name).sort());
		});

		it.each(t.data.files.map((f) => [f.name, f] as const))('%s is valid in its format', (name, f) => {
			const file = join(FILES, id, name);
			const text = readFileSync(file, 'utf8');
			expect(text.endsWith('\n')).toBe(true);
			expect(text).not.toMatch(/\r/);
			checks[f.format]!(text, file);
		});

		it('has placeholders for a person to fill in, and comments that teach', () => {
			const all = t.data.files.map((f) => readFileSync(join(FILES, id, f.name), 'utf8')).join('\n');
			expect(all).toMatch(/<[^<>\n]{3,}>|__GENERATE__/);
			if (t.data.files.some((f) => ['yaml', 'shell', 'env', 'markdown'].includes(f.format))) expect(all).toMatch(/^\s*#|<!--/m);
		});
	});

	it('covers every scale, audience and format, and every dimension', () => {
		const all = (pick: (t: (typeof templates)[number]) => readonly string[]) => new Set(templates.flatMap(pick));
		expect(all((t) => t.data.scales).size).toBe(4);
		expect(all((t) => t.data.audiences).size).toBe(4);
		expect(all((t) => t.data.files.map((f) => f.format)).size).toBe(6);
		expect([...all((t) => t.data.dimensions)].sort()).toEqual([...dimensionIds].sort());
	});
});

describe('case studies', () => {
	it('has at least six, covering every scale and audience', () => {
		expect(caseStudies.length).toBeGreaterThanOrEqual(6);
		expect(new Set(caseStudies.map((c) => c.data.scale)).size).toBe(4);
		expect(new Set(caseStudies.flatMap((c) => c.data.audiences)).size).toBe(4);
	});

	describe.each(caseStudies.map((c) => [c.id, c] as const))('%s', (_id, c) => {
		it('references real dimensions, patterns and templates', () => {
			for (const l of c.data.levels) expect(dimensionIds).toContain(l.dimension);
			for (const p of c.data.patterns) expect(patternIds).toContain(p);
			for (const t of c.data.templates) expect(templateIds).toContain(t);
		});

		it('keeps the honesty rule', () => {
			if (c.data.kind === 'illustrative') {
				expect(c.body).toMatch(/composite/i);
				// Illustrative stories present no measured figures: no percentages or multipliers.
				expect(`${c.body} ${JSON.stringify(c.data)}`).not.toMatch(/\d+\s?%|\b\d+(\.\d+)?x\b/);
			} else {
				expect(c.data.source).toBeDefined();
			}
		});
	});

	it('refuses a reported case study without a source', () => {
		const schema = caseStudySchema({ dimension: z.string(), pattern: z.string(), template: z.string() });
		const data = { ...caseStudies[0]!.data, kind: 'reported', source: undefined };
		const result = schema.safeParse(data);
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('public source');
	});
});

describe('starter kits from the real templates', () => {
	const plain = templates.map((t) => ({ id: t.id, title: t.data.title, summary: t.data.summary, scales: t.data.scales, files: t.data.files }));
	const read = (id: string, name: string) => new Uint8Array(readFileSync(join(FILES, id, name)));

	it.each(KIT_IDS.map((k) => [k]))('%s: reproducible, and every template file is inside at its install path', (kit) => {
		const a = buildKit(kit, plain, read, 'https://example.org/');
		const b = buildKit(kit, [...plain].reverse(), read, 'https://example.org/');
		expect(sha256Hex(a.bytes)).toBe(sha256Hex(b.bytes));
		const expected = templates
			.filter((t) => kit === 'everything' || t.data.scales.includes(kit))
			.flatMap((t) => t.data.files.map((f) => `${t.id}/${f.installAs ?? f.name}`));
		expect(a.contents.slice(1).sort()).toEqual(expected.sort());
		expect(a.contents[0]).toBe('README.txt');
	});

	it('the per-scale kits differ, and "everything" holds every template', () => {
		const sizes = new Set(KIT_IDS.map((k) => buildKit(k, plain, read, 'https://x/').templates.join(',')));
		expect(sizes.size).toBe(KIT_IDS.length);
		expect(buildKit('everything', plain, read, 'https://x/').templates).toHaveLength(templates.length);
	});
});
