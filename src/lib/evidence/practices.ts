/**
 * From findings to practices: what the files show per practice, the answers the evidence
 * proposes, and the level per dimension the evidence alone supports (computed by the assessment's
 * own scoring, src/lib/assessment/scoring.ts).
 *
 * The proposal rule (fixed, so a person can predict it):
 * - A practice with supporting evidence is proposed at the in-place threshold of its scale
 *   ("Partly", "At least half", "Regularly"): a file shows that a control exists in what was
 *   scanned, not how far it reaches, so the scan never proposes the top option; the person raises
 *   the answer when it covers everything.
 * - Evidence against it (a rolling image tag beside the lockfiles) caps the proposal at the
 *   lowest option above "none".
 * - A proposal is made only when it raises the practice's value. An answer at or above it, or
 *   "Not applicable", is left alone: the scan never lowers an answer, silently or otherwise.
 *   "Don't know" and unanswered practices count as 0, so evidence can replace them.
 * - Nothing changes until the person applies a proposal (applyProposals), one by one or all.
 */
import { allPractices, inScope, type Answers, type Context, type Model, type Practice } from '../assessment/model';
import { answerValue, scoreAssessment, type AssessmentResult } from '../assessment/scoring';
import { EVIDENCE_RULES } from './rules';
import type { EvidenceRule, Finding } from './types';

/**
 * - found: a file supports the practice;
 * - claimed-without-evidence: answered as in place, but no file the rules read shows it;
 * - not-found: rules exist for it, nothing matched, and it is not claimed;
 * - not-expected: no rule reads this practice from files (a habit, a person, a meeting).
 */
export type PracticeEvidenceStatus = 'found' | 'claimed-without-evidence' | 'not-found' | 'not-expected';

export type PracticeEvidence = {
	practiceId: string;
	dimensionId: string;
	status: PracticeEvidenceStatus;
	/** Supporting findings, in path order. */
	findings: Finding[];
	/** Findings against the practice (a rolling tag), in path order. */
	counter: Finding[];
};

export type Proposal = {
	practiceId: string;
	/** The option index proposed on the practice's scale. */
	option: number;
	/** The answer it would replace (absent: unanswered). */
	current?: Answers[string];
	/** The findings behind it. */
	findings: Finding[];
	/** True when evidence against the practice capped the proposal. */
	capped: boolean;
};

/** The ids of the practices each rule supports, collected per practice. */
export function rulesByPractice(rules: readonly EvidenceRule[] = EVIDENCE_RULES): Map<string, EvidenceRule[]> {
	const map = new Map<string, EvidenceRule[]>();
	for (const rule of rules) for (const p of rule.practices) map.set(p.id, [...(map.get(p.id) ?? []), rule]);
	return map;
}

function findingsFor(practiceId: string, findings: readonly Finding[]) {
	const mine = findings.filter((f) => f.practiceIds.includes(practiceId));
	return { support: mine.filter((f) => f.kind === 'supports'), counter: mine.filter((f) => f.kind === 'counter') };
}

/** Every practice of the model, in model order, with what the files show for it. */
export function evidenceByPractice(
	model: Model,
	context: Context,
	findings: readonly Finding[],
	answers: Answers = {},
	rules: readonly EvidenceRule[] = EVIDENCE_RULES,
): PracticeEvidence[] {
	return evidenceOf(model, context, findings, answers, new Set(rulesByPractice(rules).keys()));
}

/**
 * evidenceByPractice with the ids of the practices some rule reads given instead of the rules:
 * the browser page gets them from the build, so the rules themselves load only in the scan's worker.
 */
export function evidenceOf(
	model: Model,
	context: Context,
	findings: readonly Finding[],
	answers: Answers,
	read: ReadonlySet<string>,
): PracticeEvidence[] {
	return allPractices(model).map(({ practice, dimension }) => {
		const { support, counter } = findingsFor(practice.id, findings);
		const claimed = (answerValue(model, practice, context, answers[practice.id]) ?? 0) >= model.meta.inPlaceThreshold;
		const status: PracticeEvidenceStatus = !read.has(practice.id)
			? 'not-expected'
			: support.length > 0
				? 'found'
				: claimed && answers[practice.id] !== undefined
					? 'claimed-without-evidence'
					: 'not-found';
		return { practiceId: practice.id, dimensionId: dimension.id, status, findings: support, counter };
	});
}

/** The option the evidence supports on a practice's scale (see the rule at the top). */
function supportedOption(model: Model, practice: Practice, capped: boolean): number {
	const options = model.meta.scales[practice.answerScale];
	if (capped) return options.findIndex((o) => o.value > 0);
	let best = 0;
	options.forEach((o, i) => {
		if (o.value <= model.meta.inPlaceThreshold) best = i;
	});
	return best;
}

/** The answers the evidence proposes, for the person to confirm; never one that would lower an answer. */
export function proposeAnswers(model: Model, context: Context, findings: readonly Finding[], currentAnswers: Answers = {}): Proposal[] {
	const proposals: Proposal[] = [];
	for (const { practice } of allPractices(model)) {
		if (!inScope(practice, context)) continue;
		const { support, counter } = findingsFor(practice.id, findings);
		if (support.length === 0) continue;
		const current = currentAnswers[practice.id];
		if (current === 'not-applicable') continue;
		const capped = counter.length > 0;
		const option = supportedOption(model, practice, capped);
		const proposed = model.meta.scales[practice.answerScale][option]?.value ?? 0;
		const now = answerValue(model, practice, context, current) ?? 0;
		if (proposed <= now) continue;
		proposals.push({ practiceId: practice.id, option, ...(current !== undefined ? { current } : {}), findings: support, capped });
	}
	return proposals;
}

/** The answers with the chosen proposals applied (all of them when no ids are given); a new object. */
export function applyProposals(answers: Answers, proposals: readonly Proposal[], ids?: readonly string[]): Answers {
	const next: Answers = { ...answers };
	for (const p of proposals) if (!ids || ids.includes(p.practiceId)) next[p.practiceId] = p.option;
	return next;
}

/** The assessment as the evidence alone answers it: each dimension's level, by the real scoring. */
export function evidenceLevels(model: Model, context: Context, findings: readonly Finding[]): AssessmentResult {
	return scoreAssessment(model, context, applyProposals({}, proposeAnswers(model, context, findings)));
}
