/**
 * What the evidence page shows, from one scan and the person's answers: the proposals still to
 * confirm, and per dimension the level the answers give beside the level the evidence alone
 * supports, with each asked practice's evidence. Pure, so the island only renders it.
 */
import { askedPractices, type Answers, type Context, type Model } from '../assessment/model';
import { scoreAssessment, type DimensionResult } from '../assessment/scoring';
import { evidenceLevels, evidenceOf, proposeAnswers, type PracticeEvidence, type Proposal } from './practices';
import type { Finding } from './types';

export type DimensionEvidence = {
	id: string;
	name: string;
	/** The level the person's answers give. */
	claimed: DimensionResult;
	/** The level the evidence alone supports. */
	evidence: DimensionResult;
	/** The practices this person is asked, in model order, with what the files show. */
	practices: PracticeEvidence[];
};

export type EvidenceView = { proposals: Proposal[]; dimensions: DimensionEvidence[] };

/** `read`: the ids of the practices some rule reads (rulesByPractice's keys, given by the page at build time). */
export function evidenceView(
	model: Model,
	context: Context,
	answers: Answers,
	findings: readonly Finding[],
	read: ReadonlySet<string>,
): EvidenceView {
	const claimed = scoreAssessment(model, context, answers);
	const evidence = evidenceLevels(model, context, findings);
	const byPractice = new Map(evidenceOf(model, context, findings, answers, read).map((e) => [e.practiceId, e]));
	return {
		proposals: proposeAnswers(model, context, findings, answers),
		dimensions: model.dimensions
			.map((d, i) => ({
				id: d.id,
				name: d.name,
				claimed: claimed.dimensions[i]!,
				evidence: evidence.dimensions[i]!,
				practices: askedPractices(d, context).map((p) => byPractice.get(p.id)!),
			}))
			.filter((d) => d.practices.length > 0),
	};
}
