import { describe, expect, it } from 'vitest';
import { modulesForResults, weakestDimensions } from './results';
import { parseResults } from './results-input';
import type { ModuleSummary } from './types';

const DIMS = ['unified-interface', 'privacy-guardrails', 'validation-gates', 'institutional-memory'];
const mod = (id: string, order: number, dimensions: string[], levels: number[], prerequisites: string[] = []): ModuleSummary => ({
	id,
	title: id,
	description: '',
	order,
	dimensions,
	levels,
	teachingMinutes: 15,
	exerciseMinutes: 30,
	prerequisites,
	objectives: [],
});
const modules = [
	mod('one-interface', 2, ['unified-interface'], [2]),
	mod('gateway', 3, ['unified-interface'], [3, 4], ['one-interface']),
	mod('privacy', 4, ['privacy-guardrails'], [2, 3, 4, 5]),
	mod('gates', 5, ['validation-gates'], [2, 3, 4]),
	mod('memory', 6, ['institutional-memory'], [2, 3]),
];

describe('parseResults', () => {
	it('reads a list of pairs', () => {
		expect(parseResults('[{"dimensionId":"validation-gates","level":2}]', DIMS)).toEqual({ ok: true, levels: [{ dimensionId: 'validation-gates', level: 2 }] });
	});

	it('reads the assessment result shape, leaving out dimensions that do not apply', () => {
		const result = { overall: { level: 1, limitedBy: [] }, dimensions: [{ id: 'unified-interface', level: 2, score: 2.4, applicable: true }, { id: 'privacy-guardrails', level: 1, applicable: false }] };
		expect(parseResults(JSON.stringify({ result }), DIMS)).toEqual({ ok: true, levels: [{ dimensionId: 'unified-interface', level: 2, score: 2.4 }] });
	});

	it.each([
		['{nope', 'not-json'],
		['{"dimensions": []}', 'wrong-shape'],
		['[{"dimensionId":"validation-gates","level":7}]', 'wrong-shape'],
		['[{"dimensionId":"validation-gates","level":"2"}]', 'wrong-shape'],
		['[{"dimensionId":"made-up","level":2}]', 'unknown-dimension'],
	])('refuses %s (%s)', (text, problem) => {
		expect(parseResults(text, DIMS)).toMatchObject({ ok: false, problem });
	});
});

describe('choosing modules from results', () => {
	const levels = [
		{ dimensionId: 'unified-interface', level: 2, score: 2.9 },
		{ dimensionId: 'privacy-guardrails', level: 3 },
		{ dimensionId: 'validation-gates', level: 1 },
		{ dimensionId: 'institutional-memory', level: 2, score: 2.1 },
	];

	it('orders the weakest dimensions by level, then score, and skips level 5', () => {
		expect(weakestDimensions([...levels, { dimensionId: 'x', level: 5 }], DIMS, 3).map((l) => l.dimensionId)).toEqual(['validation-gates', 'institutional-memory', 'unified-interface']);
	});

	it('picks modules for the next level up and pulls in prerequisites, in curriculum order', () => {
		expect(modulesForResults(levels, modules, DIMS, 3).map((m) => m.id)).toEqual(['one-interface', 'gateway', 'gates', 'memory']);
	});
});
