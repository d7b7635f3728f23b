/**
 * Team workshop: several people's assessments side by side. Per dimension the median, lowest and
 * highest level and the spread (highest − lowest); a spread of two levels or more marks a
 * disagreement, and those come first because they are the best conversation starters.
 *
 * The team roadmap is built from the team's answers: per practice the median of the values of the
 * people it applies to, scored by the same rules as one person's assessment. Nothing here knows
 * about files or the DOM.
 */
import type { AudienceId, ScaleId } from '../../schemas/framework';
import { optionAtMost, type Answer, type Answers, type Context, type Model } from './model';
import { buildRoadmap, defaultTargets, type RoadmapStep } from './roadmap';
import { scoreAssessment, type AssessmentResult, type PracticeResult } from './scoring';
import type { SharedAssessment } from './shared';

export const DISAGREEMENT_SPREAD = 2;

export type Respondent = { id: string; label: string; assessment: SharedAssessment };

export type TeamDimension = {
	id: string;
	/** Per respondent, in input order: the level, or null where the dimension does not apply to them. */
	levels: (number | null)[];
	/** Number of respondents the dimension applies to. */
	count: number;
	median: number | null;
	lowest: number | null;
	highest: number | null;
	spread: number | null;
	disagreement: boolean;
};

export type TeamSummary = {
	dimensions: TeamDimension[];
	/** The same dimensions, disagreements first (largest spread first), then in model order. */
	conversationOrder: TeamDimension[];
	/** Per practice, the team's answer (see teamAnswer). */
	teamAnswers: Answers;
	/** The team's answers scored like one person's: the basis of the team roadmap. */
	teamResult: AssessmentResult;
	teamContext: Context;
	roadmap: RoadmapStep[];
};

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function mostCommon<T extends string>(values: T[]): T {
	const counts = new Map<T, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * The team's answer to one practice: the median of the values of the people it applies to, as
 * the highest option of its scale not above it; "Don't know" when most of them do not know;
 * not applicable when it applies to nobody.
 */
function teamAnswer(model: Model, scale: keyof Model['meta']['scales'], perPerson: PracticeResult[]): Answer {
	const applicable = perPerson.filter((p) => p.value !== null);
	if (applicable.length === 0) return 'not-applicable';
	if (applicable.filter((p) => p.status === 'unknown').length * 2 > applicable.length) return 'dont-know';
	return optionAtMost(model, scale, median(applicable.map((p) => p.value!))!);
}

export function summariseTeam(model: Model, respondents: Respondent[]): TeamSummary {
	const results = respondents.map((r) => scoreAssessment(model, r.assessment.context, r.assessment.answers));
	const dimensions: TeamDimension[] = model.dimensions.map((d) => {
		const levels = results.map((res) => {
			const dim = res.dimensions.find((x) => x.id === d.id)!;
			return dim.applicable ? dim.level : null;
		});
		const present = levels.filter((l): l is number => l !== null);
		const lowest = present.length ? Math.min(...present) : null;
		const highest = present.length ? Math.max(...present) : null;
		const spread = lowest === null || highest === null ? null : highest - lowest;
		return { id: d.id, levels, count: present.length, median: median(present), lowest, highest, spread, disagreement: (spread ?? 0) >= DISAGREEMENT_SPREAD };
	});
	const order = new Map(model.dimensions.map((d, i) => [d.id, i]));
	const conversationOrder = [...dimensions].sort(
		(a, b) => Number(b.disagreement) - Number(a.disagreement) || (b.disagreement ? (b.spread ?? 0) - (a.spread ?? 0) : 0) || order.get(a.id)! - order.get(b.id)!,
	);

	const contexts = respondents.map((r) => r.assessment.context);
	const teamContext: Context = contexts.length
		? {
				scale: mostCommon<ScaleId>(contexts.map((c) => c.scale)),
				audience: mostCommon<AudienceId>(contexts.map((c) => c.audience)),
				scopes: [...new Set(contexts.flatMap((c) => c.scopes))],
			}
		: { scale: 'team', audience: 'enterprises', scopes: ['chat'] };
	// The team's answers, scored by the same rules as one person's.
	const teamAnswers: Answers = {};
	model.dimensions.forEach((d, i) => {
		for (const p of d.practices) teamAnswers[p.id] = teamAnswer(model, p.answerScale, results.map((res) => res.dimensions[i]!.practices.find((x) => x.id === p.id)!));
	});
	const teamResult = scoreAssessment(model, teamContext, teamAnswers);
	const roadmap = respondents.length ? buildRoadmap(model, teamResult, defaultTargets(teamResult), teamContext) : [];
	return { dimensions, conversationOrder, teamAnswers, teamResult, teamContext, roadmap };
}
