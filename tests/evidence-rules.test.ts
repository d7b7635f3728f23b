/**
 * The evidence rules as data, held to the real model: every practice they name exists, every
 * quote is words of that practice's evidence help, every source is an upstream address (or a
 * template of this site), and every rule is shown by a fixture repository.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDir } from '../src/cli/read-dir';
import type { Model } from '../src/lib/assessment/model';
import { EVIDENCE_RULES } from '../src/lib/evidence/rules';
import { scanEntries } from '../src/lib/evidence/scan';
import { routes } from '../src/lib/routes';
import { realModel } from './real-model';

let model: Model;
beforeAll(async () => {
	model = await realModel();
});

const norm = (s: string) => s.replace(/\s+/g, ' ');

describe('evidence rules', () => {
	test('ids are unique kebab-case', () => {
		const ids = EVIDENCE_RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	test('every practice a rule names exists in the model', () => {
		const known = new Set(model.dimensions.flatMap((d) => d.practices.map((p) => p.id)));
		const dangling = EVIDENCE_RULES.flatMap((r) => r.practices.filter((p) => !known.has(p.id)).map((p) => `${r.id} → ${p.id}`));
		expect(dangling).toEqual([]);
	});

	test('every quote is words of the practice’s evidence help', () => {
		const helps = new Map(
			model.dimensions.flatMap((d) =>
				d.practices.map((p) => [p.id, [p.help, ...Object.values(p.tracks ?? {}).map((t) => t?.help ?? '')].map(norm)] as const),
			),
		);
		const missing = EVIDENCE_RULES.flatMap((r) =>
			r.practices
				.filter((p) => !(helps.get(p.id) ?? []).some((h) => h.includes(norm(p.helpQuote))))
				.map((p) => `${r.id} → ${p.id}: "${p.helpQuote}"`),
		);
		expect(missing).toEqual([]);
	});

	test('every rule cites a source: an https address or a template of this site', () => {
		const templates = new Set(readdirSync('src/content/templates').map((f) => routes.library.template(f.replace(/\.mdx?$/, ''))));
		for (const r of EVIDENCE_RULES) {
			expect(r.source.length, r.id).toBeGreaterThan(0);
			for (const s of r.source) expect(s.startsWith('https://') || templates.has(s), `${r.id}: ${s}`).toBe(true);
		}
	});

	test('every rule is shown by a fixture repository', () => {
		const root = 'tests/fixtures/evidence';
		const seen = new Set(
			readdirSync(root).flatMap((name) => scanEntries(readDir(`${root}/${name}`), EVIDENCE_RULES).findings.map((f) => f.ruleId)),
		);
		expect(EVIDENCE_RULES.map((r) => r.id).filter((id) => !seen.has(id))).toEqual([]);
	});

	test('every expression compiles', () => {
		for (const r of EVIDENCE_RULES)
			for (const s of [r.match, ...(r.alsoMatch ?? [])]) if (s) expect(() => new RegExp(s, 'm'), r.id).not.toThrow();
	});
});
