import { describe, expect, it } from 'vitest';
import { model, context } from '../../../tests/fixtures/model';
import { overallLevel, scoreAssessment, scoreDimension, scoreQuickCheck } from './scoring';
import type { Answers, Context } from './model';

const alpha = model.dimensions[0]!;
const beta = model.dimensions[1]!;
const chatOnly: Context = { ...context, scopes: ['chat'] };
// Option indices: coverage/frequency 0 → 0, 1 → 0.25, 2 → 0.5, 3 → 1; fact 0 → 0, 1 → 0.5, 2 → 1.
const level2 = { a2: 3, a2x: 2 };
const level3 = { ...level2, a3: 3, a3x: 3 };
const level4 = { ...level3, a4: 3, a4x: 3 };

describe('scoreDimension', () => {
	it.each([
		['nothing answered', {}, 1, 1],
		['level 2 complete', level2, 2, 2],
		['level 2 three-quarters done: the score says so, the level waits', { a2: 3, a2x: 1 }, 1, 1.75],
		['half of level 3 on a complete level 2', { ...level2, a3: 3 }, 2, 2.5],
		['all in place', { ...level4, a5: 3, a5x: 3 }, 5, 5],
	] as [string, Answers, number, number][])('%s', (_name, answers, level, score) => {
		const r = scoreDimension(model, alpha, context, answers);
		expect(r.level).toBe(level);
		expect(r.score).toBe(score);
	});

	it.each([
		['everything above level 2 cannot hide missing basics', { b3: 3, b3x: 3, b4: 3, b5: 3, b5x: 3 }, 1, 1],
		[
			'one basic only "occasionally" under strong practice holds at most one level',
			{ b2: 1, b2x: 3, b3: 3, b3x: 3, b4: 3, b5: 3, b5x: 3 },
			3,
			3.5,
		],
	] as [string, Answers, number, number][])('%s', (_name, answers, level, score) => {
		const r = scoreDimension(model, beta, context, answers);
		expect(r.level).toBe(level);
		expect(r.score).toBe(score);
	});

	it("shows each level's completion and what the score credits", () => {
		const r = scoreDimension(model, alpha, context, { a2: 3, a2x: 1, a3: 3, a3x: 3 });
		expect(r.levels).toEqual([
			{ level: 2, practices: 2, mean: 0.75, credited: 0.75 },
			{ level: 3, practices: 2, mean: 1, credited: 0.75 },
			{ level: 4, practices: 2, mean: 0, credited: 0 },
			{ level: 5, practices: 2, mean: 0, credited: 0 },
		]);
		expect(r.score).toBe(2.5);
	});

	it('a stronger practice meets the need of the one it satisfies', () => {
		const r = scoreDimension(model, alpha, context, { a2: 0, a2x: 2, a3x: 3 });
		expect(r.practices.find((p) => p.id === 'a2')).toMatchObject({ value: 1, status: 'in-place', metBy: 'a3x' });
		expect(r.level).toBe(2);
	});

	it('counts "Don\'t know" as not in place and reports it as unknown', () => {
		const r = scoreDimension(model, alpha, context, { ...level2, a3: 'dont-know', a3x: 3 });
		expect(r.level).toBe(2);
		expect(r.unknowns).toEqual(['a3']);
		expect(r.blockers).toEqual(['a3']);
	});

	it('removes "Not applicable" from scoring instead of counting it as zero', () => {
		const withNa = scoreDimension(model, alpha, context, { ...level4, a5: 'not-applicable', a5x: 'not-applicable' });
		expect(withNa).toMatchObject({ level: 4, ceiling: 4, score: 4 });
		const withZero = scoreDimension(model, alpha, context, { ...level4, a5: 0, a5x: 0 });
		expect(withZero).toMatchObject({ level: 4, ceiling: 5, score: 4 });
	});

	it('judges a level with one applicable practice together with the level below', () => {
		// a2x not applicable: level 2 has a2 alone, so its mean is (value of a2 + 1) / 2.
		const r = scoreDimension(model, alpha, chatOnly, { a2: 0, a2x: 'not-applicable', a3: 3, a3x: 0 });
		expect(r.levels[0]).toEqual({ level: 2, practices: 1, mean: 0.5, credited: 0.5 });
		expect(r).toMatchObject({ ceiling: 3, score: 2, level: 2 });
	});

	it('at the ceiling, a habit done regularly (or a spread of at least half) counts as in place', () => {
		// Chat-only: alpha tops out at level 3. a3x is a frequency: "Regularly" (index 2) is enough there.
		expect(scoreDimension(model, alpha, chatOnly, { ...level2, a3: 3, a3x: 2 })).toMatchObject({ ceiling: 3, level: 3, score: 3 });
		// With every scope level 3 is not the top: the same answer is half a level-3 practice.
		expect(scoreDimension(model, alpha, context, { ...level2, a3: 3, a3x: 2 }).levels[1]).toMatchObject({ mean: 0.75 });
		// A fact only partly true is not in place, even at the ceiling.
		const m = structuredClone(model);
		m.dimensions[0]!.practices.find((p) => p.id === 'a3x')!.answerScale = 'fact';
		expect(scoreDimension(m, m.dimensions[0]!, chatOnly, { ...level2, a3: 3, a3x: 1 })).toMatchObject({ score: 2.75, level: 2 });
	});

	it('a critical practice weighs as much as the rest of its level: without it nothing above is credited more than half', () => {
		const m = structuredClone(model);
		const beta3 = m.dimensions[1]!.practices;
		beta3.push({ ...beta3.find((p) => p.id === 'b3')!, id: 'b3y' });
		beta3.find((p) => p.id === 'b3x')!.critical = true;
		const allButCritical = { b2: 3, b2x: 3, b3: 3, b3y: 3, b3x: 0, b4: 3, b5: 3, b5x: 3 };
		const r = scoreDimension(m, m.dimensions[1]!, context, allButCritical);
		expect(r.levels[1]).toMatchObject({ practices: 3, mean: 0.5, credited: 0.5 });
		expect(r).toMatchObject({ score: 3.5, level: 3 });
		// The same answers with b3x as an ordinary practice: two of three in place, level 4.
		delete beta3.find((p) => p.id === 'b3x')!.critical;
		expect(scoreDimension(m, m.dimensions[1]!, context, allButCritical).level).toBe(4);
	});

	it('treats practices outside the scopes, audience or scale as not applicable', () => {
		const r = scoreDimension(model, alpha, chatOnly, level3);
		expect(r.practices.filter((p) => p.status === 'not-applicable').map((p) => p.id)).toEqual(['a4', 'a4x', 'a5', 'a5x']);
		// Levels 4 and 5 are about agents: chat-only use tops out at level 3, never credited with 5.
		expect(r).toMatchObject({ ceiling: 3, level: 3, score: 3, blockers: [] });
		const household = scoreDimension(model, beta, { scale: 'household', audience: 'families', scopes: ['chat'] }, {});
		expect(household.practices.find((p) => p.id === 'b5y')!.status).toBe('unanswered');
		expect(scoreDimension(model, beta, context, {}).practices.find((p) => p.id === 'b5y')!.status).toBe('not-applicable');
		const platform = scoreDimension(model, alpha, { ...context, audience: 'families' }, {});
		expect(platform.practices.find((p) => p.id === 'a5x')!.status).toBe('not-applicable');
	});

	it('lists what stands before the next level: every practice up to it not fully in place', () => {
		const r = scoreDimension(model, beta, context, { b2: 3, b2x: 2, b3: 3, b3x: 1 });
		expect(r.level).toBe(2);
		expect(r.blockers).toEqual(['b2x', 'b3x']);
		expect(r.strengths).toEqual(['b2', 'b3']);
		expect(r.unanswered).toEqual(['b4', 'b5', 'b5x']);
		// With the blockers fully in place, the next level is reached.
		expect(scoreDimension(model, beta, context, { b2: 3, b2x: 3, b3: 3, b3x: 3 }).level).toBe(3);
	});

	it('marks a dimension with no applicable practice as not applicable', () => {
		const none = Object.fromEntries(alpha.practices.map((p) => [p.id, 'not-applicable' as const]));
		expect(scoreDimension(model, alpha, context, none).applicable).toBe(false);
	});
});

describe('overallLevel (weakest link)', () => {
	const d = (id: string, level: number, ceiling = 5, applicable = true) => ({ id, level, ceiling, applicable });
	it('is the lowest level among dimensions with a level to reach, and names them', () => {
		expect(overallLevel([d('x', 5), d('y', 2), d('z', 2)])).toEqual({ level: 2, limitedBy: ['y', 'z'] });
	});
	it('a dimension at its ceiling does not hold the overall below it', () => {
		expect(overallLevel([d('x', 2, 2), d('y', 3, 3), d('z', 2, 3)])).toEqual({ level: 2, limitedBy: ['z'] });
		expect(overallLevel([d('x', 2, 2), d('y', 3, 3)])).toEqual({ level: 3, limitedBy: [] });
	});
	it('ignores dimensions that do not apply', () => {
		expect(overallLevel([d('x', 4), d('y', 1, 1, false)]).level).toBe(4);
	});
	it('is 1 when nothing applies', () => {
		expect(overallLevel([])).toEqual({ level: 1, limitedBy: [] });
	});
});

describe('scoreAssessment', () => {
	it('a strong dimension cannot hide a weak one', () => {
		const r = scoreAssessment(model, context, { ...level4, a5: 3, a5x: 3 });
		expect(r.dimensions.map((x) => x.level)).toEqual([5, 1]);
		expect(r.overall).toEqual({ level: 1, limitedBy: ['beta'] });
	});
});

describe('scoreQuickCheck', () => {
	it('uses the recognised level per dimension and the weakest link overall', () => {
		const r = scoreQuickCheck(model, { alpha: 4, beta: 3 });
		expect(r.dimensions.map((x) => x.level)).toEqual([4, 3]);
		expect(r.overall.level).toBe(3);
	});
	it('treats "Don\'t know" as level 1 and says it is unknown', () => {
		const r = scoreQuickCheck(model, { alpha: null, beta: 3 });
		expect(r.dimensions[0]).toMatchObject({ level: 1, known: false });
	});
});
