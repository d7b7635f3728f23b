import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import { median, summariseTeam, type Respondent } from './team';

/** A respondent whose answers put alpha at `alpha` and beta at `beta` (all-or-nothing per level). */
function person(id: string, alpha: number, beta: number): Respondent {
	const answers: Record<string, number> = {};
	for (const d of model.dimensions) for (const p of d.practices) answers[p.id] = p.level <= (d.id === 'alpha' ? alpha : beta) ? 3 : 0;
	return { id, label: id, assessment: { modelVersion: 2, createdAt: '2026-01-01T00:00:00Z', context, answers, targets: {} } };
}

describe('median', () => {
	it.each([
		[[], null],
		[[3], 3],
		[[1, 5, 2], 2],
		[[1, 2, 4, 5], 3],
		[[2, 3], 2.5],
	])('median of %j is %s', (values, m) => expect(median(values)).toBe(m));
});

describe('summariseTeam', () => {
	const team = [person('ana', 2, 3), person('bo', 4, 3), person('cy', 3, 4)];
	const s = summariseTeam(model, team);
	it('gives median, lowest, highest and spread per dimension', () => {
		expect(s.dimensions.map((d) => [d.id, d.levels, d.median, d.lowest, d.highest, d.spread, d.disagreement])).toEqual([
			['alpha', [2, 4, 3], 3, 2, 4, 2, true],
			['beta', [3, 3, 4], 3, 3, 4, 1, false],
		]);
	});
	it('puts disagreements first', () => {
		const flipped = summariseTeam(model, [person('a', 3, 1), person('b', 3, 5)]);
		expect(flipped.conversationOrder.map((d) => d.id)).toEqual(['beta', 'alpha']);
	});
	it('scores the team\'s answers (the median per practice) by the same rules as one person\'s', () => {
		expect(s.teamAnswers).toMatchObject({ a2: 3, a3: 3, a4: 0, b3: 3, b4: 0 });
		expect(s.teamResult.dimensions.map((d) => d.level)).toEqual([3, 3]);
		// One level up from 3 in each dimension: the level-4 practices.
		expect(s.roadmap.map((r) => r.practiceId).sort()).toEqual(['a4', 'a4x', 'b4']);
	});
	it('handles an empty team', () => {
		expect(summariseTeam(model, []).roadmap).toEqual([]);
	});
});
