import { describe, expect, it } from 'vitest';
import { assessment, model } from '../../../tests/fixtures/model';
import { markdownReport, roadmapCsvRows } from './report';
import { resultView } from './result-view';
import { scoreAssessment } from './scoring';

const a = assessment;
const resources = [
	{ kind: 'template' as const, title: 'Alpha template', path: '/templates/alpha/', dimensions: ['alpha'], levels: [3] },
	{ kind: 'module' as const, title: 'Beta module', path: '/workshop/modules/beta/', dimensions: ['beta'], levels: [9] },
];
const view = resultView(model, a, resources);

describe('resultView', () => {
	it('names the overall level and what holds it, from the scoring result', () => {
		const result = scoreAssessment(model, a.context, a.answers);
		expect(view.overall.level).toBe(result.overall.level);
		expect(view.overall.limitedBy).toEqual(result.overall.limitedBy.map((id) => model.dimensions.find((d) => d.id === id)!.name));
	});
	it('offers targets from the current level up to the ceiling, none at the ceiling', () => {
		for (const d of view.dimensions) {
			const r = d.result;
			if (!r.applicable) expect(d.target).toBeNull();
			else if (r.level >= r.ceiling) expect(d.targetChoices).toEqual([]);
			else expect(d.targetChoices).toEqual(Array.from({ length: r.ceiling - r.level + 1 }, (_, i) => r.level + i));
		}
	});
	it('words every reason as a statement and keeps each blocker’s status', () => {
		const all = view.dimensions.flatMap((d) => [...d.strengths, ...d.blockers]);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) expect(p.statement).toMatch(/^Statement for /);
		expect(view.dimensions.flatMap((d) => d.blockers).some((b) => b.status === 'unknown')).toBe(true);
	});
	it('turns an unknown answer into a "find out" step and attaches only matching resources', () => {
		const b3 = view.steps.find((s) => s.practiceId === 'b3')!;
		expect(b3.title).toMatch(/^Find out, then act: /);
		for (const s of view.steps)
			for (const r of s.resources) expect([r.dimensions.includes(s.dimensionId), r.levels.includes(s.level)]).toEqual([true, true]);
		expect(view.steps.some((s) => s.resources.some((r) => r.title === 'Alpha template'))).toBe(true);
	});
	it('groups every step into exactly one phase, in order, with no empty phase', () => {
		expect(view.phases.flatMap((p) => p.steps)).toEqual(view.steps.filter((s) => view.phases.some((p) => p.phase === s.phase)));
		expect(view.phases.flatMap((p) => p.steps)).toHaveLength(view.steps.length);
		for (const p of view.phases) expect(p.steps.length).toBeGreaterThan(0);
	});
	it('is what the exports say: each step title in the Markdown report and one CSV row per step', () => {
		const md = markdownReport(model, a, (p) => p);
		for (const s of view.steps) expect(md).toContain(s.title);
		expect(
			roadmapCsvRows(view.steps, (p) => p)
				.slice(1)
				.map((r) => r[0]),
		).toEqual(view.steps.map((s) => s.title));
	});
});
