import { describe, expect, it } from 'vitest';
import { modulesForResults, weakestDimensions } from './results';
import { parseResults } from './results-input';
import { context, model as fixture } from '../../../tests/fixtures/model';
import { buildResultFile } from '../assessment/result-file';
import { decodeInput } from '../assessment/readers';
import { scoreAssessment } from '../assessment/scoring';
import { encodeShare } from '../assessment/share';
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
	const answers = { a2: 3, a3: 2, b2: 3, b3: 'dont-know' as const };
	const file = buildResultFile(fixture, context, answers, { alpha: 4 }, { now: new Date('2026-02-01T10:00:00Z') });
	const scored = scoreAssessment(fixture, context, answers).dimensions.map((d) => ({ dimensionId: d.id, level: d.level, score: d.score }));

	it('reads a hand-made list of pairs', () => {
		expect(parseResults('[{"dimensionId":"beta","level":2}]', fixture)).toEqual({ ok: true, levels: [{ dimensionId: 'beta', level: 2 }] });
	});

	it('reads a result file with the assessment reader, taking the levels its answers give', () => {
		expect(parseResults(JSON.stringify(file), fixture)).toEqual({ ok: true, levels: scored });
	});

	it('reads a share link the same way', () => {
		const link = `https://example.org/assessment/shared/#r=${encodeShare(fixture, { modelVersion: 2, createdAt: file.createdAt, context, answers, targets: {} })}`;
		expect(parseResults(link, fixture)).toEqual({ ok: true, levels: scored });
	});

	it('refuses a result file whose levels were edited, as the assessment pages do', () => {
		const edited = { ...file, result: { ...file.result, dimensions: file.result.dimensions.map((d) => ({ ...d, level: 5 })) } };
		expect(parseResults(JSON.stringify(edited), fixture)).toMatchObject({ ok: false, problem: 'assessment', reason: 'tampered' });
		// The same file through the assessment's reader: the same verdict, by the same code.
		expect(decodeInput(JSON.stringify(edited), fixture)).toMatchObject({ ok: false, problem: 'tampered' });
	});

	it('refuses levels without answers to check them against, unless they are the hand-made list', () => {
		const levelsOnly = { dimensions: [{ id: 'alpha', level: 5, score: 5, applicable: true }] };
		expect(parseResults(JSON.stringify(levelsOnly), fixture)).toMatchObject({ ok: false, problem: 'assessment', reason: 'not-ours' });
		expect(parseResults(JSON.stringify({ result: levelsOnly }), fixture)).toMatchObject({
			ok: false,
			problem: 'assessment',
			reason: 'not-ours',
		});
	});

	it.each([
		['{nope', 'assessment'],
		['[{"dimensionId":"beta"', 'assessment'],
		['[]', 'wrong-shape'],
		['[{"dimensionId":"beta","level":7}]', 'wrong-shape'],
		['[{"dimensionId":"beta","level":"2"}]', 'wrong-shape'],
		['[{"dimensionId":"made-up","level":2}]', 'unknown-dimension'],
		['[{"dimensionId":"beta","level":2},{"dimensionId":"beta","level":4}]', 'duplicate-dimension'],
	])('refuses %s (%s)', (text, problem) => {
		expect(parseResults(text, fixture)).toMatchObject({ ok: false, problem });
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
		expect(weakestDimensions([...levels, { dimensionId: 'x', level: 5 }], DIMS, 3).map((l) => l.dimensionId)).toEqual([
			'validation-gates',
			'institutional-memory',
			'unified-interface',
		]);
	});

	it('picks modules for the next level up and pulls in prerequisites, in curriculum order', () => {
		expect(modulesForResults(levels, modules, DIMS, 3).map((m) => m.id)).toEqual(['one-interface', 'gateway', 'gates', 'memory']);
	});
});
