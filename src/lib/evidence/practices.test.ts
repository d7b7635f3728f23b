/**
 * Findings to practices, proposals and the evidence-only level, on the real model (loaded as the
 * build loads it) and the fixture repositories.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { realModel } from '../../../tests/real-model';
import { readDir } from '../../cli/read-dir';
import type { Answer, Answers, Context, Model } from '../assessment/model';
import { answerValue, scoreAssessment } from '../assessment/scoring';
import { applyProposals, evidenceByPractice, evidenceLevels, proposeAnswers } from './practices';
import { EVIDENCE_RULES } from './rules';
import { scanEntries } from './scan';
import type { Finding } from './types';

const context: Context = { scale: 'team', audience: 'platform-teams', scopes: ['chat', 'tools', 'multi-agent'] };
const findingsOf = (name: string) => scanEntries(readDir(`tests/fixtures/evidence/${name}`), EVIDENCE_RULES).findings;
const wellRun = findingsOf('well-run');
const nearMisses = findingsOf('near-misses');
const bare = findingsOf('bare');

let model: Model;
beforeAll(async () => {
	model = await realModel();
});

const labelOf = (id: string, option: number) => {
	const p = model.dimensions.flatMap((d) => d.practices).find((x) => x.id === id)!;
	return model.meta.scales[p.answerScale][option]!.label;
};

describe('evidence per practice', () => {
	test('found, with the files and lines behind it', () => {
		const e = evidenceByPractice(model, context, wellRun).find((x) => x.practiceId === 'ev-evals-gate-changes')!;
		expect(e.status).toBe('found');
		expect(e.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['.github/workflows/ci.yml:17']);
	});

	test('a practice no rule reads is "not expected from files", whatever the answer', () => {
		const e = evidenceByPractice(model, context, wellRun, { 'ir-kill-switch': 2 }).find((x) => x.practiceId === 'ir-kill-switch')!;
		expect(e.status).toBe('not-expected');
	});

	test('claimed in place without a file that shows it', () => {
		const all = evidenceByPractice(model, context, nearMisses, { 'vg-precommit-checks': 3, 'ev-eval-set': 1 });
		const status = (id: string) => all.find((x) => x.practiceId === id)!.status;
		expect(status('vg-precommit-checks')).toBe('claimed-without-evidence');
		// "Some of it" is below the in-place threshold: not a claim the files must back.
		expect(status('ev-eval-set')).toBe('not-found');
		expect(status('sec-extension-inventory')).toBe('found');
	});

	test('every practice of the model is listed once, in model order', () => {
		const ids = model.dimensions.flatMap((d) => d.practices.map((p) => p.id));
		expect(evidenceByPractice(model, context, bare).map((e) => e.practiceId)).toEqual(ids);
	});
});

describe('proposed answers', () => {
	test('the in-place threshold of each scale, never the top option', () => {
		const byId = new Map(proposeAnswers(model, context, wellRun).map((p) => [p.practiceId, p]));
		expect(labelOf('vg-precommit-checks', byId.get('vg-precommit-checks')!.option)).toBe('At least half');
		expect(labelOf('vg-no-gate-bypass', byId.get('vg-no-gate-bypass')!.option)).toBe('Partly');
		expect(labelOf('mem-learnings-log', byId.get('mem-learnings-log')!.option)).toBe('Regularly');
	});

	test('an answer at or above the proposal is left alone; a lower one is raised', () => {
		const ids = (answers: Parameters<typeof proposeAnswers>[3]) =>
			proposeAnswers(model, context, wellRun, answers).map((p) => p.practiceId);
		expect(ids({ 'vg-precommit-checks': 3 })).not.toContain('vg-precommit-checks');
		expect(ids({ 'vg-precommit-checks': 2 })).not.toContain('vg-precommit-checks');
		expect(ids({ 'vg-precommit-checks': 'not-applicable' })).not.toContain('vg-precommit-checks');
		const raised = proposeAnswers(model, context, wellRun, { 'vg-precommit-checks': 1 }).find(
			(p) => p.practiceId === 'vg-precommit-checks',
		);
		expect(raised).toMatchObject({ current: 1, option: 2 });
		const unknown = proposeAnswers(model, context, wellRun, { 'vg-precommit-checks': 'dont-know' }).find(
			(p) => p.practiceId === 'vg-precommit-checks',
		);
		expect(unknown).toMatchObject({ current: 'dont-know', option: 2 });
	});

	test('no proposal ever lowers an answer', () => {
		const answers = Object.fromEntries(
			model.dimensions.flatMap((d) => d.practices.map((p) => [p.id, model.meta.scales[p.answerScale].length - 1])),
		);
		expect(proposeAnswers(model, context, wellRun, answers)).toEqual([]);
	});

	test('evidence against a practice caps the proposal', () => {
		const rolling: Finding = {
			ruleId: 'image-rolling-tag',
			path: 'compose.yml',
			line: 3,
			reason: '',
			practiceIds: ['sec-pinned-versions'],
			kind: 'counter',
		};
		const p = proposeAnswers(model, context, [...wellRun, rolling]).find((x) => x.practiceId === 'sec-pinned-versions')!;
		expect(p).toMatchObject({ capped: true });
		expect(labelOf('sec-pinned-versions', p.option)).toBe('Some of it');
		// Evidence against alone proposes nothing.
		expect(proposeAnswers(model, context, nearMisses).map((x) => x.practiceId)).toEqual(['sec-extension-inventory']);
	});

	test('a practice outside the person’s context is not proposed', () => {
		const chatOnly: Context = { ...context, scopes: ['chat'] };
		expect(proposeAnswers(model, chatOnly, wellRun).map((p) => p.practiceId)).not.toContain('vg-precommit-checks');
	});

	test('nothing changes until applied: one by one or all at once', () => {
		const proposals = proposeAnswers(model, context, wellRun);
		const answers = { 'ir-kill-switch': 2 } as const;
		const one = applyProposals(answers, proposals, ['vg-precommit-checks']);
		expect(one).toEqual({ 'ir-kill-switch': 2, 'vg-precommit-checks': 2 });
		expect(answers).toEqual({ 'ir-kill-switch': 2 });
		expect(Object.keys(applyProposals(answers, proposals))).toHaveLength(proposals.length + 1);
	});
});

describe('the level the evidence alone supports', () => {
	test('is the assessment scored on the proposals alone', () => {
		expect(evidenceLevels(model, context, wellRun)).toEqual(
			scoreAssessment(model, context, applyProposals({}, proposeAnswers(model, context, wellRun))),
		);
	});

	test('a bare repository supports level 1 everywhere; a well-run one scores higher where files show practices', () => {
		const none = evidenceLevels(model, context, bare);
		expect(none.dimensions.every((d) => d.level === 1 && d.score === 1)).toBe(true);
		const some = evidenceLevels(model, context, wellRun);
		const score = (id: string) => some.dimensions.find((d) => d.id === id)!.score;
		expect(score('validation-gates')).toBeGreaterThan(1);
	});
});

describe('properties', () => {
	const ruleIds = EVIDENCE_RULES.map((r) => r.id);
	const arbitraryFindings = fc.array(fc.constantFrom(...ruleIds), { maxLength: 12 }).map((ids) =>
		ids.map((id): Finding => {
			const rule = EVIDENCE_RULES.find((r) => r.id === id)!;
			return {
				ruleId: id,
				path: `${id}.txt`,
				line: 1,
				reason: rule.signal,
				practiceIds: rule.practices.map((p) => p.id),
				kind: rule.kind === 'counter' ? 'counter' : 'supports',
			};
		}),
	);
	const arbitraryAnswers = () => {
		const ids = model.dimensions.flatMap((d) => d.practices.map((p) => p.id));
		const answer = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant<Answer>('dont-know'), fc.constant<Answer>('not-applicable'));
		return fc.dictionary(fc.constantFrom(...ids), answer, { maxKeys: 40 }) as fc.Arbitrary<Answers>;
	};
	const arbitraryContext = fc.record({
		scale: fc.constantFrom('personal', 'household', 'team', 'organization', 'institutional'),
		audience: fc.constantFrom('creators', 'families', 'enterprises', 'platform-teams'),
		scopes: fc.subarray(['chat', 'tools', 'multi-agent'] as const, { minLength: 1 }),
	}) as fc.Arbitrary<Context>;

	test('applying every proposal never lowers a practice, and never touches "Not applicable"', () => {
		fc.assert(
			fc.property(arbitraryContext, arbitraryFindings, arbitraryAnswers(), (ctx, findings, answers) => {
				const after = applyProposals(answers, proposeAnswers(model, ctx, findings, answers));
				for (const { practices } of model.dimensions)
					for (const p of practices) {
						if (answers[p.id] === 'not-applicable') expect(after[p.id]).toBe('not-applicable');
						expect(answerValue(model, p, ctx, after[p.id]) ?? 0).toBeGreaterThanOrEqual(answerValue(model, p, ctx, answers[p.id]) ?? 0);
					}
			}),
			{ numRuns: 150 },
		);
	});

	test('applying the proposals never lowers a dimension’s score', () => {
		fc.assert(
			fc.property(arbitraryContext, arbitraryFindings, arbitraryAnswers(), (ctx, findings, answers) => {
				const before = scoreAssessment(model, ctx, answers);
				const after = scoreAssessment(model, ctx, applyProposals(answers, proposeAnswers(model, ctx, findings, answers)));
				after.dimensions.forEach((d, i) => expect(d.score).toBeGreaterThanOrEqual(before.dimensions[i]!.score));
			}),
			{ numRuns: 150 },
		);
	});
});
