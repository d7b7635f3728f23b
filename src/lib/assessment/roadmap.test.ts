import { describe, expect, it } from 'vitest';
import { model, context } from '../../../tests/fixtures/model';
import { scoreAssessment } from './scoring';
import { buildRoadmap, defaultTargets, normaliseTargets, phaseFor, targetProgress } from './roadmap';

describe('phaseFor', () => {
	it.each([
		[1, 'small', 'now'],
		[1, 'medium', 'now'],
		[1, 'large', 'next'],
		[2, 'small', 'next'],
		[3, 'small', 'later'],
		[4, 'large', 'later'],
	] as const)('%i level(s) up with %s effort is %s', (up, effort, phase) => {
		expect(phaseFor(up, effort)).toBe(phase);
	});
});

describe('targets', () => {
	const result = scoreAssessment(model, context, { a2: 3, a3: 3, a4: 3, a5: 3, b2: 3 });
	it('default to one level up, capped at 5', () => {
		expect(defaultTargets(result)).toEqual({ alpha: 5, beta: 3 });
	});
	it('are clamped between the current level and 5', () => {
		expect(normaliseTargets(result, { alpha: 9, beta: 1 })).toEqual({ alpha: 5, beta: 2 });
		expect(normaliseTargets(result, { beta: 2.5 })).toEqual({ alpha: 5, beta: 3 });
	});
	it('progress is 1 − missing levels / target span', () => {
		expect(targetProgress(result, { alpha: 5, beta: 4 })).toBeCloseTo(1 - 2 / 7);
		expect(targetProgress(result, { alpha: 5, beta: 2 })).toBe(1);
	});
});

describe('buildRoadmap', () => {
	it('turns missing practices up to the target into ordered, phased steps', () => {
		const result = scoreAssessment(model, context, { b2: 3, b3: 'dont-know' });
		const steps = buildRoadmap(model, result, { alpha: 3, beta: 5 }, context);
		expect(steps.map((s) => [s.practiceId, s.phase])).toEqual([
			// now: consolidate (alpha) before automate (beta)
			['a2', 'now'],
			['b3', 'now'],
			['b3x', 'now'],
			// next: a3 is one level up but large; b4 is two up
			['a3', 'next'],
			['b4', 'next'],
			['b5', 'later'],
		]);
		expect(steps.find((s) => s.practiceId === 'b3')!.unknown).toBe(true);
	});

	it('follows the targets: nothing for a dimension already at its target', () => {
		const result = scoreAssessment(model, context, {});
		expect(buildRoadmap(model, result, { alpha: 1, beta: 2 }, context).map((s) => s.practiceId)).toEqual(['b2']);
	});

	it('words the action for the scale and suggests tools for the audience', () => {
		const result = scoreAssessment(model, context, { a2: 3 });
		const personal = buildRoadmap(model, result, { alpha: 3, beta: 1 }, { ...context, scale: 'personal', audience: 'families' });
		expect(personal[0]).toMatchObject({ practiceId: 'a3', action: 'Personal wording for a3.', tools: 'Matrix' });
		const team = buildRoadmap(model, result, { alpha: 3, beta: 1 }, context);
		expect(team[0]).toMatchObject({ action: 'Do the thing for a3 now please.', tools: undefined });
	});
});
