/**
 * Team workshop: several people's assessments side by side. Per dimension the median, lowest and
 * highest level and the spread (highest − lowest); a spread of two levels or more marks a
 * disagreement, and those come first because they are the best conversation starters.
 *
 * The team roadmap is built from a team result: each dimension at the floor of its median level,
 * and a practice counts as in place when at least half of the people it applies to have it in
 * place. Nothing here knows about files or the DOM.
 */
import type { AudienceId, ScaleId } from '../../schemas/framework';
import type { Context, Model } from './model';
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
	/** The team's result: median levels floored, the basis of the team roadmap. */
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

/** The team's practice status: in place when at least half of those it applies to have it in place. */
function teamPractice(id: string, level: number, perPerson: PracticeResult[]): PracticeResult {
	const applicable = perPerson.filter((p) => p.status !== 'not-applicable');
	if (applicable.length === 0) return { id, level, status: 'not-applicable', value: null };
	const inPlace = applicable.filter((p) => p.status === 'in-place').length;
	const unknown = applicable.filter((p) => p.status === 'unknown').length;
	const value = applicable.reduce((s, p) => s + (p.value ?? 0), 0) / applicable.length;
	if (inPlace * 2 >= applicable.length) return { id, level, status: 'in-place', value };
	return { id, level, status: unknown * 2 > applicable.length ? 'unknown' : value > 0 ? 'partial' : 'missing', value };
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

	const teamDims = model.dimensions.map((d, i) => {
		const agg = dimensions[i]!;
		const practices = d.practices.map((p) =>
			teamPractice(
				p.id,
				p.level,
				results.map((res) => res.dimensions[i]!.practices.find((x) => x.id === p.id)!),
			),
		);
		const applicable = practices.filter((p) => p.status !== 'not-applicable');
		const ceiling = Math.max(1, ...applicable.map((p) => p.level));
		const level = agg.median === null ? 1 : Math.min(ceiling, Math.floor(agg.median));
		return {
			id: d.id,
			applicable: agg.count > 0,
			level,
			ceiling,
			score: level,
			practices,
			unknowns: practices.filter((p) => p.status === 'unknown').map((p) => p.id),
			unanswered: [],
			blockers: level < ceiling ? practices.filter((p) => p.level === level + 1 && p.status !== 'in-place' && p.status !== 'not-applicable').map((p) => p.id) : [],
			strengths: practices.filter((p) => p.status === 'in-place').map((p) => p.id),
		};
	});
	const counted = teamDims.filter((d) => d.applicable);
	const overallLevel = counted.length ? Math.min(...counted.map((d) => d.level)) : 1;
	const teamResult: AssessmentResult = { overall: { level: overallLevel, limitedBy: counted.filter((d) => d.level === overallLevel).map((d) => d.id) }, dimensions: teamDims };

	const contexts = respondents.map((r) => r.assessment.context);
	const teamContext: Context = contexts.length
		? {
				scale: mostCommon<ScaleId>(contexts.map((c) => c.scale)),
				audience: mostCommon<AudienceId>(contexts.map((c) => c.audience)),
				scopes: [...new Set(contexts.flatMap((c) => c.scopes))],
			}
		: { scale: 'team', audience: 'enterprises', scopes: ['chat'] };
	const roadmap = respondents.length ? buildRoadmap(model, teamResult, defaultTargets(teamResult), teamContext) : [];
	return { dimensions, conversationOrder, teamResult, teamContext, roadmap };
}
