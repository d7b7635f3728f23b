/** The evidence page's view on the real model and the well-run fixture. */
import { beforeAll, describe, expect, test } from 'vitest';
import { realModel } from '../../../tests/real-model';
import { readDir } from '../../cli/read-dir';
import { askedPractices, type Context, type Model } from '../assessment/model';
import { evidenceByPractice, rulesByPractice } from './practices';
import { EVIDENCE_RULES } from './rules';
import { scanEntries } from './scan';
import { evidenceView } from './view';

const team: Context = { scale: 'team', audience: 'platform-teams', scopes: ['chat', 'tools', 'multi-agent'] };
const read = new Set(rulesByPractice().keys());
const findings = scanEntries(readDir('tests/fixtures/evidence/well-run'), EVIDENCE_RULES).findings;
let model: Model;
beforeAll(async () => {
	model = await realModel();
});

describe('the evidence page view', () => {
	test('with the ids of the practices the rules read, the same evidence per practice as from the rules', () => {
		const answers = { 'vg-precommit-checks': 3, 'ir-kill-switch': 2 } as const;
		const view = evidenceView(model, team, answers, findings, read);
		const asked = new Set(view.dimensions.flatMap((d) => d.practices.map((p) => p.practiceId)));
		expect(view.dimensions.flatMap((d) => d.practices)).toEqual(
			evidenceByPractice(model, team, findings, answers).filter((e) => asked.has(e.practiceId)),
		);
	});

	test('per dimension: only the practices this person is asked, in model order', () => {
		const chat: Context = { ...team, scopes: ['chat'] };
		const view = evidenceView(model, chat, {}, findings, read);
		for (const d of view.dimensions) {
			const dimension = model.dimensions.find((x) => x.id === d.id)!;
			expect(d.practices.map((p) => p.practiceId)).toEqual(askedPractices(dimension, chat).map((p) => p.id));
		}
		expect(view.dimensions.every((d) => d.practices.length > 0)).toBe(true);
	});

	test('with no answers, the answers score the lowest and the evidence alone scores higher where files show practices', () => {
		const view = evidenceView(model, team, {}, findings, read);
		expect(view.proposals.length).toBeGreaterThan(0);
		expect(view.dimensions.every((d) => d.claimed.score === 1)).toBe(true);
		expect(view.dimensions.filter((d) => d.evidence.score > d.claimed.score).length).toBeGreaterThan(0);
	});

	test('a confirmed proposal leaves the list, and its practice shows the evidence for it', () => {
		const first = evidenceView(model, team, {}, findings, read).proposals[0]!;
		const after = evidenceView(model, team, { [first.practiceId]: first.option }, findings, read);
		expect(after.proposals.map((p) => p.practiceId)).not.toContain(first.practiceId);
		const row = after.dimensions.flatMap((d) => d.practices).find((p) => p.practiceId === first.practiceId)!;
		expect(row.status).toBe('found');
		expect(row.findings.length).toBeGreaterThan(0);
	});
});
