import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import { buildResultFile } from './result-file';
import { decodeResultFile } from './result-import';
import { decodeShare, encodeShare } from './share';
import type { SharedAssessment } from './shared';
import {
	cleanLabel,
	defaultLabel,
	labelProblem,
	MAX_LABEL_LENGTH,
	median,
	practiceDisagreements,
	sameResult,
	summariseTeam,
	type Respondent,
} from './team';

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
	it("scores the team's answers (the median per practice) by the same rules as one person's", () => {
		expect(s.teamAnswers).toMatchObject({ a2: 3, a3: 3, a4: 0, b3: 3, b4: 0 });
		expect(s.teamResult.dimensions.map((d) => d.level)).toEqual([3, 3]);
		// One level up from 3 in each dimension: the level-4 practices.
		expect(s.roadmap.map((r) => r.practiceId).sort()).toEqual(['a4', 'a4x', 'b4']);
	});
	it('handles an empty team', () => {
		expect(summariseTeam(model, []).roadmap).toEqual([]);
	});
});

describe('respondent labels', () => {
	it('numbers default downloads (all named after the day) instead of using the file name', () => {
		expect(defaultLabel('agentops-assessment-2026-12-02.json', [])).toBe('Respondent 1');
		expect(defaultLabel('agentops-assessment-2026-12-02 (1).json', ['Respondent 1'])).toBe('Respondent 2');
		expect(defaultLabel('agentops-assessment-2026-12-02-2.json', ['Respondent 1', 'Respondent 2'])).toBe('Respondent 3');
		expect(defaultLabel(undefined, ['ana'])).toBe('Respondent 2');
	});
	it('skips numbers already in use, so labels stay distinct', () => {
		expect(defaultLabel(undefined, ['Respondent 2', 'x'])).toBe('Respondent 3');
		expect(defaultLabel(undefined, ['respondent 1'])).toBe('Respondent 2');
	});
	it('keeps a file name someone chose, unless another respondent already has it', () => {
		expect(defaultLabel('ana.json', [])).toBe('ana');
		expect(defaultLabel('Ana  (platform).JSON', [])).toBe('Ana (platform)');
		expect(defaultLabel('ana.json', ['Ana'])).toBe('Respondent 2');
		expect(defaultLabel(`${'x'.repeat(MAX_LABEL_LENGTH + 1)}.json`, [])).toBe('Respondent 1');
	});
	it('starts with the name or role written in the result file, when it is free', () => {
		expect(defaultLabel('agentops-assessment-2026-12-02.json', [], ' Tech lead ')).toBe('Tech lead');
		expect(defaultLabel('ana.json', ['Tech lead'], 'Tech lead')).toBe('ana');
	});
	it('refuses empty, too long and duplicate names', () => {
		expect(labelProblem(cleanLabel('   '), [])).toBe('empty');
		expect(labelProblem('x'.repeat(MAX_LABEL_LENGTH + 1), [])).toBe('too-long');
		expect(labelProblem('x'.repeat(MAX_LABEL_LENGTH), [])).toBeNull();
		expect(labelProblem('Tech lead', ['tech lead'])).toBe('taken');
		expect(cleanLabel(' Tech\t\nlead\u0000 ')).toBe('Tech lead');
	});
});

describe('the same result twice', () => {
	const mine: SharedAssessment = {
		modelVersion: 2,
		createdAt: '2026-12-02T15:42:10.123Z',
		context: { scale: 'team', audience: 'enterprises', scopes: ['tools', 'chat'] },
		answers: { a2: 3, a2x: 'dont-know', a3: 1, b2: 0, b3: 'not-applicable' },
		targets: { alpha: 4 },
	};
	const viaFile = (a: SharedAssessment) => {
		const r = decodeResultFile(
			JSON.stringify(buildResultFile(model, a.context, a.answers, a.targets, { now: new Date(a.createdAt) })),
			model,
		);
		if (!r.ok) throw new Error(r.detail);
		return { assessment: r.value, precise: true };
	};
	const viaLink = (a: SharedAssessment) => {
		const r = decodeShare(encodeShare(model, a), model);
		if (!r.ok) throw new Error(r.detail);
		return { assessment: r.value, precise: false };
	};
	it('recognizes one assessment read from its result file and from its share link', () => {
		const [file, link] = [viaFile(mine), viaLink(mine)];
		// What differs between the two encodings: the link keeps only the day, the file its targets normalised.
		expect(file.assessment.createdAt).not.toBe(link.assessment.createdAt);
		expect(file.assessment.targets).not.toEqual(link.assessment.targets);
		expect(sameResult(file, link)).toBe(true);
		expect(sameResult(link, file)).toBe(true);
		expect(sameResult(link, viaLink(mine))).toBe(true);
	});
	it('tells apart a different answer, context or day', () => {
		const file = viaFile(mine);
		expect(sameResult(file, viaLink({ ...mine, answers: { ...mine.answers, a3: 2 } }))).toBe(false);
		expect(sameResult(file, viaLink({ ...mine, context: { ...mine.context, scopes: ['chat'] } }))).toBe(false);
		expect(sameResult(file, viaLink({ ...mine, createdAt: '2026-12-03T09:00:00Z' }))).toBe(false);
	});
	it('keeps two files with the same answers made at different moments apart (two people)', () => {
		expect(sameResult(viaFile(mine), viaFile({ ...mine, createdAt: '2026-12-02T15:50:00Z' }))).toBe(false);
		expect(sameResult(viaFile(mine), viaFile(mine))).toBe(true);
	});
});

describe('practiceDisagreements', () => {
	const who = (answers: Respondent['assessment']['answers'], scopes: Respondent['assessment']['context']['scopes'] = context.scopes) => ({
		id: 'x',
		label: 'x',
		assessment: { modelVersion: 2, createdAt: '2026-01-01T00:00:00Z', context: { ...context, scopes }, answers, targets: {} },
	});
	it('lists practices two or more steps apart, largest spread first, with every answer and how many answered', () => {
		const team = [
			who({ a2: 0, a3: 1, b2: 0, a2x: 0 }),
			who({ a2: 2, a3: 2, b2: 3, a2x: 'dont-know' }),
			who({ a2: 'dont-know', a3: 3, b2: 1 }),
		];
		const d = practiceDisagreements(model, team);
		expect(d.map((x) => [x.practiceId, x.spread, x.answered])).toEqual([
			['b2', 3, 3],
			['a2', 2, 2],
			['a3', 2, 3],
		]);
		expect(d[1]!.answers).toEqual([0, 2, 'dont-know']);
		expect(d[1]!.dimensionId).toBe('alpha');
	});
	it('leaves out one step apart, and "Don\'t know", not applicable, unanswered and not asked', () => {
		const team = [who({ a2: 0, a4: 0, a2x: 'not-applicable' }), who({ a2: 1, a2x: 2 }), who({ a4: 3 }, ['chat'])];
		const d = practiceDisagreements(model, team);
		expect(d).toEqual([]);
		expect(practiceDisagreements(model, [who({ a4: 0 }), who({ a4: 3 }, ['chat', 'tools'])]).map((x) => x.practiceId)).toEqual(['a4']);
	});
	it('reads "not asked" for a practice outside a respondent\'s kinds of AI use', () => {
		const d = practiceDisagreements(model, [who({ a4: 0 }), who({ a4: 3 }), who({}, ['chat']), who({})]);
		expect(d[0]!.answers).toEqual([0, 3, 'not-asked', 'unanswered']);
		expect(d[0]!.answered).toBe(2);
	});
});
