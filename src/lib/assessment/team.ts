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
import { TEAM_TEXT } from './messages-team';
import { inScope, optionAtMost, type Answer, type Answers, type Context, type Model } from './model';
import { buildRoadmap, defaultTargets, type RoadmapStep } from './roadmap';
import { scoreAssessment, type AssessmentResult, type PracticeResult } from './scoring';
import { cleanLabel, MAX_LABEL_LENGTH, type SharedAssessment } from './shared';

export { cleanLabel, MAX_LABEL_LENGTH };

export const DISAGREEMENT_SPREAD = 2;
/** Far above any workshop; it bounds what a team file or this tab's storage has to hold. */
export const MAX_RESPONDENTS = 100;

/**
 * `precise`: `createdAt` carries the full time (read from a result file); a share link keeps only
 * the day, so its results compare by day (as do respondents without it).
 */
export type Respondent = { id: string; label: string; assessment: SharedAssessment; precise?: boolean };

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
		return {
			id: d.id,
			levels,
			count: present.length,
			median: median(present),
			lowest,
			highest,
			spread,
			disagreement: (spread ?? 0) >= DISAGREEMENT_SPREAD,
		};
	});
	const order = new Map(model.dimensions.map((d, i) => [d.id, i]));
	const conversationOrder = [...dimensions].sort(
		(a, b) =>
			Number(b.disagreement) - Number(a.disagreement) ||
			(b.disagreement ? (b.spread ?? 0) - (a.spread ?? 0) : 0) ||
			order.get(a.id)! - order.get(b.id)!,
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
		for (const p of d.practices)
			teamAnswers[p.id] = teamAnswer(
				model,
				p.answerScale,
				results.map((res) => res.dimensions[i]!.practices.find((x) => x.id === p.id)!),
			);
	});
	const teamResult = scoreAssessment(model, teamContext, teamAnswers);
	const roadmap = respondents.length ? buildRoadmap(model, teamResult, defaultTargets(teamResult), teamContext) : [];
	return { dimensions, conversationOrder, teamAnswers, teamResult, teamContext, roadmap };
}

/* ---- Respondent names ---- */

/** The name the results page gives a downloaded result file (browsers may add " (1)" to a second copy). */
const DEFAULT_DOWNLOAD = /^agentops-assessment-\d{4}-\d{2}-\d{2}(?:\s*\(\d+\)|-\d+)?$/i;

export type LabelProblem = 'empty' | 'too-long' | 'taken';

/** Why a (cleaned) label cannot be used, or null: empty, too long, or another respondent's already. */
export function labelProblem(label: string, others: readonly string[]): LabelProblem | null {
	if (label === '') return 'empty';
	if (label.length > MAX_LABEL_LENGTH) return 'too-long';
	const lower = label.toLowerCase();
	return others.some((o) => o.toLowerCase() === lower) ? 'taken' : null;
}

/**
 * The label a new respondent starts with: the name or role written in their result file, else
 * the file's own name when someone chose it, else "Respondent n" with the first n not yet taken.
 * Three default downloads of the same day all have the same name, so that name says nothing
 * about the person.
 */
export function defaultLabel(fileName: string | undefined, taken: readonly string[], named?: string): string {
	const given = cleanLabel(named ?? '');
	if (given && labelProblem(given, taken) === null) return given;
	const fromFile = cleanLabel((fileName ?? '').replace(/\.json$/i, ''));
	if (fromFile && !DEFAULT_DOWNLOAD.test(fromFile) && labelProblem(fromFile, taken) === null) return fromFile;
	for (let n = taken.length + 1; ; n++) if (labelProblem(TEAM_TEXT.anonymous(n), taken) === null) return TEAM_TEXT.anonymous(n);
}

/* ---- The same result twice ---- */

/** What a share link and a result file of the same assessment both carry, in one comparable string. */
function essence(a: SharedAssessment): string {
	const answers = Object.entries(a.answers).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
	return JSON.stringify([a.modelVersion, a.context.scale, a.context.audience, [...a.context.scopes].sort(), answers]);
}

const day = (iso: string) => new Date(Date.parse(iso)).toISOString().slice(0, 10);

/**
 * True when two inputs are the same person's result: same model version, context and answers,
 * made on the same day (to the moment when both are files). Targets are left out: the team view
 * does not use them, and a person who moved a target between downloading the file and copying
 * the link is still one person.
 */
export function sameResult(a: Pick<Respondent, 'assessment' | 'precise'>, b: Pick<Respondent, 'assessment' | 'precise'>): boolean {
	if (essence(a.assessment) !== essence(b.assessment)) return false;
	return a.precise && b.precise
		? Date.parse(a.assessment.createdAt) === Date.parse(b.assessment.createdAt)
		: day(a.assessment.createdAt) === day(b.assessment.createdAt);
}

/* ---- Disagreement per practice: the facilitator's agenda ---- */

/** One respondent's answer to a practice: as given, unanswered, or not asked (not in their context). */
export type RespondentAnswer = Answer | 'unanswered' | 'not-asked';

export type PracticeDisagreement = {
	practiceId: string;
	dimensionId: string;
	/** Highest minus lowest option index among those who chose an option. */
	spread: number;
	/** How many chose an option ("Don't know", not applicable and unanswered do not count). */
	answered: number;
	/** Per respondent, in input order. */
	answers: RespondentAnswer[];
};

/**
 * The practices whose answers are DISAGREEMENT_SPREAD or more steps apart on the practice's
 * scale, largest spread first, then in model order.
 */
export function practiceDisagreements(model: Model, respondents: Respondent[]): PracticeDisagreement[] {
	const found: PracticeDisagreement[] = [];
	for (const d of model.dimensions)
		for (const p of d.practices) {
			const answers = respondents.map(({ assessment: a }): RespondentAnswer =>
				inScope(p, a.context) ? (a.answers[p.id] ?? 'unanswered') : 'not-asked',
			);
			const chosen = answers.filter((x): x is number => typeof x === 'number');
			const spread = chosen.length ? Math.max(...chosen) - Math.min(...chosen) : 0;
			if (spread >= DISAGREEMENT_SPREAD) found.push({ practiceId: p.id, dimensionId: d.id, spread, answered: chosen.length, answers });
		}
	// Array.prototype.sort is stable: equal spreads keep model order.
	return found.sort((a, b) => b.spread - a.spread);
}
