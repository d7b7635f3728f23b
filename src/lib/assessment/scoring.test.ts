import { describe, expect, it } from 'vitest';
import { model, context } from '../../../tests/fixtures/model';
import { overallLevel, scoreAssessment, scoreDimension, scoreQuickCheck } from './scoring';
import type { Answers } from './model';

const alpha = model.dimensions[0]!;
const beta = model.dimensions[1]!;

describe('scoreDimension', () => {
	it.each([
		['nothing answered', {}, 1, 1],
		['level 2 in place', { a2: 3 }, 2, 2],
		['level 2 at the threshold counts as in place', { a2: 2 }, 2, 1.5],
		['level 2 partial does not pass the gate', { a2: 1 }, 1, 1.25],
		['a gap at level 3 stops the gate even with 4 and 5 in place', { a2: 3, a4: 3, a5: 3 }, 2, 4],
		['all in place', { a2: 3, a3: 3, a4: 3, a5: 3 }, 5, 5],
	] as [string, Answers, number, number][])('%s', (_name, answers, level, score) => {
		const r = scoreDimension(model, alpha, context, answers);
		expect(r.level).toBe(level);
		expect(r.score).toBe(score);
	});

	it('counts "Don\'t know" as not in place and reports it as unknown', () => {
		const r = scoreDimension(model, alpha, context, { a2: 3, a3: 'dont-know' });
		expect(r.level).toBe(2);
		expect(r.unknowns).toEqual(['a3']);
		expect(r.blockers).toEqual(['a3']);
	});

	it('removes "Not applicable" from scoring instead of counting it as zero', () => {
		const withNa = scoreDimension(model, alpha, context, { a2: 3, a3: 3, a4: 3, a5: 'not-applicable' });
		expect(withNa.level).toBe(4);
		expect(withNa.ceiling).toBe(4);
		expect(withNa.score).toBe(4);
		const withZero = scoreDimension(model, alpha, context, { a2: 3, a3: 3, a4: 3, a5: 0 });
		expect(withZero.level).toBe(4);
		expect(withZero.ceiling).toBe(5);
		expect(withZero.score).toBe(4);
	});

	it('treats practices outside the chosen scopes as not applicable', () => {
		const chatOnly = { ...context, scopes: ['chat' as const] };
		const r = scoreDimension(model, alpha, chatOnly, { a2: 3, a3: 3 });
		expect(r.practices.filter((p) => p.status === 'not-applicable').map((p) => p.id)).toEqual(['a4', 'a5']);
		// Levels 4 and 5 are about agents: chat-only use tops out at level 3, never credited with 5.
		expect(r).toMatchObject({ ceiling: 3, level: 3, score: 3, blockers: [] });
	});

	it('lists every practice at the next level that is not in place as blockers', () => {
		const r = scoreDimension(model, beta, context, { b2: 3, b3: 3, b3x: 1 });
		expect(r.level).toBe(2);
		expect(r.blockers).toEqual(['b3x']);
		expect(r.strengths).toEqual(['b2', 'b3']);
		expect(r.unanswered).toEqual(['b4', 'b5']);
	});

	it('marks a dimension with no applicable practice as not applicable', () => {
		const r = scoreDimension(model, alpha, context, { a2: 'not-applicable', a3: 'not-applicable', a4: 'not-applicable', a5: 'not-applicable' });
		expect(r.applicable).toBe(false);
	});
});

describe('overallLevel (weakest link)', () => {
	it('is the lowest level among applicable dimensions and names them', () => {
		expect(overallLevel([{ id: 'x', level: 5, applicable: true }, { id: 'y', level: 2, applicable: true }, { id: 'z', level: 2, applicable: true }])).toEqual({ level: 2, limitedBy: ['y', 'z'] });
	});
	it('ignores dimensions that do not apply', () => {
		expect(overallLevel([{ id: 'x', level: 4, applicable: true }, { id: 'y', level: 1, applicable: false }]).level).toBe(4);
	});
	it('is 1 when nothing applies', () => {
		expect(overallLevel([])).toEqual({ level: 1, limitedBy: [] });
	});
});

describe('scoreAssessment', () => {
	it('a strong dimension cannot hide a weak one', () => {
		const r = scoreAssessment(model, context, { a2: 3, a3: 3, a4: 3, a5: 3 });
		expect(r.dimensions.map((d) => d.level)).toEqual([5, 1]);
		expect(r.overall).toEqual({ level: 1, limitedBy: ['beta'] });
	});
});

describe('scoreQuickCheck', () => {
	it('uses the recognised level per dimension and the weakest link overall', () => {
		const r = scoreQuickCheck(model, { alpha: 4, beta: 3 });
		expect(r.dimensions.map((d) => d.level)).toEqual([4, 3]);
		expect(r.overall.level).toBe(3);
	});
	it('treats "Don\'t know" as level 1 and says it is unknown', () => {
		const r = scoreQuickCheck(model, { alpha: null, beta: 3 });
		expect(r.dimensions[0]).toMatchObject({ level: 1, known: false });
	});
});
