/**
 * The templates library and case studies: the rules the build does not enforce, on the content as
 * Astro's own loaders and the read layer (src/content/library.ts) give it.
 *
 * The build already refuses, naming file and field: an entry that does not match its schema, a
 * reported case study without a public source (requireSourceWhenReported in the schema), and a
 * dangling reference (a template's dimensions, a case study's dimensions, patterns and templates:
 * resolveRefs() in getTemplates() and getCaseStudies(), which the templates and case-studies
 * index pages call on every build).
 *
 * So this file checks only: enough templates and case studies, covering every scale, audience,
 * format and dimension; every file a template names exists, nothing in its folder is left
 * unlisted, and every file is valid in its format (shell scripts pass `bash -n`, and shellcheck
 * when installed); templates have placeholders and comments; illustrative case studies keep the
 * honesty rule (and the schema's refusal of an unsourced reported one still works); the starter
 * kits are reproducible and hold every template file at its install path.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { getCaseStudies, getTemplates, readTemplateFile } from '../src/content/library';
import { AUDIENCE_IDS, SCALE_IDS } from '../src/schemas/framework';
import { caseStudySchema, FORMAT_IDS } from '../src/schemas/library';
import { parseCsv } from '../src/lib/library/csv';
import { sha256Hex } from '../src/lib/library/checksum';
import { buildKit, KIT_IDS } from '../src/lib/library/kits';
import { realModel } from './real-model';

/** Where template files live (src/content/library.ts reads them from here). */
const FILES = join(import.meta.dirname, '..', 'src', 'templates', 'files');

// realModel() fails with the sync error first, so nothing below runs on a stale content store.
const dimensionIds = (await realModel()).dimensions.map((d) => d.id);
const [templates, caseStudies] = await Promise.all([getTemplates(), getCaseStudies()]);

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
	it('has at least 12 templates', () => {
		expect(templates.length).toBeGreaterThanOrEqual(12);
	});

	describe.each(templates.map((t) => [t.id, t] as const))('%s', (id, t) => {
		it('names files that exist, and its folder holds no unlisted file', () => {
			const dir = join(FILES, id);
			expect(existsSync(dir), dir).toBe(true);
			expect(readdirSync(dir).sort()).toEqual(t.data.files.map((f) => f.name).sort());
		});

		it.each(t.data.files.map((f) => [f.name, f] as const))('%s is valid in its format', (name, f) => {
			const file = join(FILES, id, name);
			const text = new TextDecoder('utf-8', { fatal: true }).decode(readTemplateFile(id, name));
			expect(text.endsWith('\n')).toBe(true);
			expect(text).not.toMatch(/\r/);
			checks[f.format]!(text, file);
		});

		it('has placeholders for a person to fill in, and comments that teach', () => {
			const all = t.data.files.map((f) => new TextDecoder().decode(readTemplateFile(id, f.name))).join('\n');
			expect(all).toMatch(/<[^<>\n]{3,}>|__GENERATE__/);
			if (t.data.files.some((f) => ['yaml', 'shell', 'env', 'markdown'].includes(f.format))) expect(all).toMatch(/^\s*#|<!--/m);
		});
	});

	it('covers every scale, audience and format, and every dimension', () => {
		const all = (pick: (t: (typeof templates)[number]) => readonly string[]) => [...new Set(templates.flatMap(pick))].sort();
		expect(all((t) => t.data.scales)).toEqual([...SCALE_IDS].sort());
		expect(all((t) => t.data.audiences)).toEqual([...AUDIENCE_IDS].sort());
		expect(all((t) => t.data.files.map((f) => f.format))).toEqual([...FORMAT_IDS].sort());
		expect(all((t) => t.data.dimensions.map((d) => d.id))).toEqual([...dimensionIds].sort());
	});
});

describe('case studies', () => {
	it('has at least six, covering every scale and audience', () => {
		expect(caseStudies.length).toBeGreaterThanOrEqual(6);
		expect([...new Set(caseStudies.map((c) => c.data.scale))].sort()).toEqual([...SCALE_IDS].sort());
		expect([...new Set(caseStudies.flatMap((c) => c.data.audiences))].sort()).toEqual([...AUDIENCE_IDS].sort());
	});

	const illustrative = caseStudies.filter((c) => c.data.kind === 'illustrative');
	it.each(illustrative.map((c) => [c.id, c] as const))('%s (illustrative) keeps the honesty rule', (_id, c) => {
		expect(c.body, c.filePath).toMatch(/composite/i);
		// Illustrative stories present no measured figures: no percentages or multipliers.
		expect(`${c.body} ${JSON.stringify(c.data)}`, c.filePath).not.toMatch(/\d+\s?%|\b\d+(\.\d+)?x\b/);
	});

	it('the schema refuses a reported case study without a source', () => {
		// References as the loader gives them ({ collection, id }); only the honesty rule is under test.
		const schema = caseStudySchema({ dimension: z.unknown(), pattern: z.unknown(), template: z.unknown() });
		const story = caseStudies[0]!.data;
		expect(schema.safeParse(story).success).toBe(true);
		const result = schema.safeParse({ ...story, kind: 'reported', source: undefined });
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('public source');
	});
});

describe('starter kits from the real templates', () => {
	const plain = templates.map((t) => ({
		id: t.id,
		title: t.data.title,
		summary: t.data.summary,
		scales: t.data.scales,
		files: t.data.files,
	}));

	const LINKS = { base: '/', publicSite: null };

	it.each(KIT_IDS.map((k) => [k]))('%s: reproducible, and every template file is inside at its install path', (kit) => {
		const a = buildKit(kit, plain, readTemplateFile, LINKS);
		const b = buildKit(kit, [...plain].reverse(), readTemplateFile, LINKS);
		expect(sha256Hex(a.bytes)).toBe(sha256Hex(b.bytes));
		const expected = templates
			.filter((t) => kit === 'everything' || (t.data.scales as readonly string[]).includes(kit))
			.flatMap((t) => t.data.files.map((f) => `${t.id}/${f.installAs ?? f.name}`));
		expect(a.contents.slice(1).sort()).toEqual(expected.sort());
		expect(a.contents[0]).toBe('README.txt');
	});

	it('the per-scale kits differ, and "everything" holds every template', () => {
		const sizes = new Set(KIT_IDS.map((k) => buildKit(k, plain, readTemplateFile, LINKS).templates.join(',')));
		expect(sizes.size).toBe(KIT_IDS.length);
		expect(buildKit('everything', plain, readTemplateFile, LINKS).templates).toHaveLength(templates.length);
	});
});
