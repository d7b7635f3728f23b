import { describe, expect, it } from 'vitest';
import { model, context } from '../../../tests/fixtures/model';
import { scoreAssessment } from './scoring';
import { buildRoadmap, defaultTargets, normaliseTargets, PHASE_ROOM, EFFORT_POINTS, targetProgress } from './roadmap';

const level5alpha = { a2: 3, a2x: 2, a3: 3, a3x: 3, a4: 3, a4x: 3, a5: 3, a5x: 3 };

describe('targets', () => {
	const result = scoreAssessment(model, context, { ...level5alpha, b2: 3, b2x: 3 });
	it('default to one level up, capped at the ceiling', () => {
		expect(defaultTargets(result)).toEqual({ alpha: 5, beta: 3 });
	});
	it('are clamped between the current level and the ceiling', () => {
		expect(normaliseTargets(result, { alpha: 9, beta: 1 })).toEqual({ alpha: 5, beta: 2 });
		expect(normaliseTargets(result, { beta: 2.5 })).toEqual({ alpha: 5, beta: 3 });
	});
	it('progress is 1 − missing levels / target span', () => {
		expect(targetProgress(result, { alpha: 5, beta: 4 })).toBeCloseTo(1 - 2 / 7);
		expect(targetProgress(result, { alpha: 5, beta: 2 })).toBe(1);
	});
});

describe('buildRoadmap', () => {
	it('takes every practice not fully in place up to the target, lower levels first', () => {
		const result = scoreAssessment(model, context, { b2: 3, b3: 'dont-know' });
		const steps = buildRoadmap(model, result, { alpha: 1, beta: 4 }, context);
		expect(steps.map((s) => s.practiceId)).toEqual(['b2x', 'b3', 'b3x', 'b4']);
		expect(steps.find((s) => s.practiceId === 'b3')!.unknown).toBe(true);
	});

	it('puts what a step depends on before it, pulled in from outside the targets if need be', () => {
		const result = scoreAssessment(model, context, { a2: 3, a2x: 2, a3: 3 });
		const steps = buildRoadmap(model, result, { alpha: 4, beta: 1 }, context);
		const ids = steps.map((s) => s.practiceId);
		expect(ids.indexOf('a3')).toBe(-1); // in place already
		expect(steps.find((s) => s.practiceId === 'a4')!.after).toEqual([]);
		// a3x depends on a2x, which is in place: no prerequisite step.
		expect(steps.find((s) => s.practiceId === 'a3x')!.after).toEqual([]);
		const missingBase = scoreAssessment(model, context, { a2: 3, a3: 3, a3x: 0 });
		const withDep = buildRoadmap(model, missingBase, { alpha: 3, beta: 1 }, context);
		expect(withDep.map((s) => s.practiceId)).toEqual(['a2x', 'a3x']);
		expect(withDep[1]!.after).toEqual(['a2x']);
	});

	it('sizes phases by effort: "now" holds what fits in 30 days, and never an empty first month', () => {
		const result = scoreAssessment(model, context, {});
		const steps = buildRoadmap(model, result, { alpha: 5, beta: 5 }, context);
		for (const phase of ['now', 'next'] as const) {
			const points = steps.filter((s) => s.phase === phase).reduce((n, s) => n + EFFORT_POINTS[s.effort], 0);
			expect(points).toBeLessThanOrEqual(PHASE_ROOM[phase]);
		}
		expect(steps[0]!.phase).toBe('now');
		expect(steps.some((s) => s.phase === 'next')).toBe(true);
		const onlyLarge = buildRoadmap(
			model,
			scoreAssessment(model, context, { b2: 3, b2x: 3, b3: 3, b3x: 3, b4: 3, b5: 3 }),
			{ alpha: 1, beta: 5 },
			context,
		);
		expect(onlyLarge.map((s) => [s.practiceId, s.phase])).toEqual([['b5x', 'now']]);
	});

	it('follows the targets: nothing for a dimension already at its target', () => {
		const result = scoreAssessment(model, context, {});
		expect(buildRoadmap(model, result, { alpha: 1, beta: 2 }, context).map((s) => s.practiceId)).toEqual(['b2', 'b2x']);
	});

	it('words the step for the audience and suggests its tools', () => {
		const result = scoreAssessment(model, context, { a2: 3, a2x: 2 });
		const families = buildRoadmap(model, result, { alpha: 3, beta: 1 }, { ...context, scale: 'household', audience: 'families' });
		expect(families.find((s) => s.practiceId === 'a3')).toMatchObject({ action: 'Household wording for a3 action.', tools: 'Matrix' });
		const team = buildRoadmap(model, result, { alpha: 3, beta: 1 }, context);
		expect(team.find((s) => s.practiceId === 'a3')).toMatchObject({ action: 'Do the thing for a3 now please.', tools: undefined });
	});
});
