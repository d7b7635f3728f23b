/**
 * Scoring, model version 2: pure functions from (model, context, answers) to levels and scores.
 * The rules are published on /assessment/scoring/, whose worked examples and persona table are
 * computed by these functions at build time.
 *
 * Per practice
 * - Its value is its answer's value on its scale (0…1). "Don't know" and unanswered count as 0
 *   (and are reported); "Not applicable", or a practice that does not apply to the person's
 *   scopes, audience or scale, is removed, never counted as 0.
 * - Equivalents: a practice counts at least as high as any applicable practice in its
 *   `satisfiedBy` list (an automated gate meets what a manual checklist serves).
 *
 * Per dimension
 * - Ceiling: the highest level with an applicable practice. Nobody is credited with, or held
 *   back by, levels they were never asked about.
 * - Completion of level L, c(L), for L = 2…ceiling, with c(1) = 1:
 *     m(L) = the weighted mean value of level L's applicable practices
 *            (one practice only: the mean of its value and c(L−1); none: c(L−1));
 *     c(L) = min(m(L), c(L−1)).
 *   A level is never credited beyond the levels below it, so advanced practices cannot hide
 *   missing basics.
 * - Weights: every practice weighs 1, except a `critical` one (a control that must exist before
 *   agents act on their own, such as the kill switch), which weighs as much as all the others of
 *   its level together. Without it a level is at most half complete, so nothing above it is
 *   credited more than half either: no dimension reaches the level above while it is missing.
 * - At the ceiling, the highest level asked of this person, a spread or a habit in place for at
 *   least half of what it covers ("At least half", "Regularly") counts as fully in place: the top
 *   of what applies needs the practices in place, not perfect. Below it, partial answers count as
 *   they are, and what is not complete limits every level above.
 * - Score = 1 + c(2) + … + c(ceiling), from 1.00 to the ceiling.
 * - Level = the whole part of the score. The level is the score read off, so the two always
 *   agree, and a score a whole point higher is always a level at least as high.
 * - To reach the next level: every applicable practice at levels 2…level+1 not fully in place.
 *   With all of them in place the score reaches level+1, so the list is enough, and it names
 *   exactly the practices that are missing.
 *
 * Why this rule (and not "every practice of the level in place"): a strict gate lets one
 * practice hold a dimension down by several levels, and one answer move it by several. Here one
 * answer moves one level's mean by at most a quarter (a practice's value moves in steps of at
 * most 0.5, also at the ceiling; it weighs at most half of its level; a level with one practice is
 * halved with the level below), c(L) is a running minimum, so every c moves by at most a quarter
 * and the score by at most one: a level moves by at most one.
 *
 * Overall: the weakest link. The lowest level among the dimensions that still have a level to
 * reach; a dimension at its ceiling has nothing left to do in this context and does not hold
 * the overall below it. With every dimension at its ceiling the overall is the highest ceiling.
 * The dimensions at the overall level are named as the ones holding it.
 */
import { inScope, type Answer, type Answers, type Context, type DimensionWithId, type Model, type Practice } from './model';

export type PracticeStatus = 'in-place' | 'partial' | 'missing' | 'unknown' | 'unanswered' | 'not-applicable';

export type PracticeResult = {
	id: string;
	level: number;
	status: PracticeStatus;
	/** 0…1 (after equivalents), or null when not applicable. */
	value: number | null;
	/** The stronger practice that lifted this one's value, if one did. */
	metBy?: string;
};

export type LevelCompletion = {
	level: number;
	/** Applicable practices at this level. */
	practices: number;
	/** m(L): the level's own mean (see the rules above). */
	mean: number;
	/** c(L): what the score credits for this level, 0…1. */
	credited: number;
};

export type DimensionResult = {
	id: string;
	/** False when no practice of the dimension applies; such a dimension is left out of the overall. */
	applicable: boolean;
	/** Level 1–5: the whole part of the score. */
	level: number;
	/** The highest level this dimension can show in this context (see the rules above). */
	ceiling: number;
	/** Score 1.00 … ceiling (rounded to two decimals). */
	score: number;
	/** Per level 2…ceiling, how complete it is and what the score credits. */
	levels: LevelCompletion[];
	practices: PracticeResult[];
	/** Practices answered "Don't know". */
	unknowns: string[];
	/** Practices with no answer yet. */
	unanswered: string[];
	/** Applicable practices at levels 2…level+1 not fully in place: what stands before the next level. */
	blockers: string[];
	/** Practices fully in place. */
	strengths: string[];
};

export type AssessmentResult = {
	overall: { level: number; limitedBy: string[] };
	dimensions: DimensionResult[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The value of one answer on its practice's scale, before equivalents; null = removed. */
export function answerValue(model: Model, practice: Practice, context: Context, answer: Answer | undefined): number | null {
	if (!inScope(practice, context) || answer === 'not-applicable') return null;
	if (answer === undefined || answer === 'dont-know') return 0;
	const options = model.meta.scales[practice.answerScale];
	return options[Math.max(0, Math.min(options.length - 1, answer))]?.value ?? 0;
}

function statusOf(answer: Answer | undefined, value: number | null, lifted: boolean): PracticeStatus {
	if (value === null) return 'not-applicable';
	if (value >= 1) return 'in-place';
	if (!lifted && answer === undefined) return 'unanswered';
	if (!lifted && answer === 'dont-know') return 'unknown';
	return value > 0 ? 'partial' : 'missing';
}

/** Each practice of the model with its value after equivalents, for one person. */
export function practiceResults(model: Model, context: Context, answers: Answers): Map<string, PracticeResult> {
	const own = new Map<string, number | null>();
	for (const d of model.dimensions) for (const p of d.practices) own.set(p.id, answerValue(model, p, context, answers[p.id]));
	const results = new Map<string, PracticeResult>();
	for (const d of model.dimensions) {
		for (const p of d.practices) {
			let value = own.get(p.id) ?? null;
			let metBy: string | undefined;
			if (value !== null) {
				for (const id of p.satisfiedBy ?? []) {
					const other = own.get(id);
					if (other != null && other > value) {
						value = other;
						metBy = id;
					}
				}
			}
			results.set(p.id, {
				id: p.id,
				level: p.level,
				status: statusOf(answers[p.id], value, metBy !== undefined),
				value,
				...(metBy ? { metBy } : {}),
			});
		}
	}
	return results;
}

/** The value a practice contributes to its level's mean (see "At the ceiling" above). */
function contribution(model: Model, practice: Practice, value: number, atCeiling: boolean): number {
	if (!atCeiling || practice.answerScale === 'fact') return value;
	return Math.min(1, value / model.meta.inPlaceThreshold);
}

function scoreFrom(model: Model, dimension: DimensionWithId, all: Map<string, PracticeResult>): DimensionResult {
	const practices = dimension.practices.map((p) => all.get(p.id)!);
	const applicable = practices.filter((p) => p.value !== null);
	const ceiling = Math.max(1, ...applicable.map((p) => p.level));
	const defs = new Map(dimension.practices.map((p) => [p.id, p]));

	const levels: LevelCompletion[] = [];
	let below = 1;
	let score = 1;
	for (let l = 2; l <= ceiling; l++) {
		const here = applicable.filter((p) => p.level === l);
		const critical = here.filter((p) => defs.get(p.id)!.critical).length;
		const weight = (p: PracticeResult) => (defs.get(p.id)!.critical ? Math.max(1, (here.length - critical) / critical) : 1);
		const total = here.reduce((s, p) => s + weight(p), 0);
		const sum = here.reduce((s, p) => s + weight(p) * contribution(model, defs.get(p.id)!, p.value ?? 0, l === ceiling), 0);
		const mean = here.length === 0 ? below : here.length === 1 ? (sum + below) / 2 : sum / total;
		const credited = Math.min(mean, below);
		levels.push({ level: l, practices: here.length, mean: round2(mean), credited: round2(credited) });
		score += credited;
		below = credited;
	}
	// The level is read off the score as shown (two decimals), so the two can never disagree.
	const shown = round2(score);
	const level = Math.min(ceiling, Math.floor(shown));
	const ids = (pred: (p: PracticeResult) => boolean) => practices.filter(pred).map((p) => p.id);
	return {
		id: dimension.id,
		applicable: applicable.length > 0,
		level,
		ceiling,
		score: shown,
		levels,
		practices,
		unknowns: ids((p) => p.status === 'unknown'),
		unanswered: ids((p) => p.status === 'unanswered'),
		blockers: level < ceiling ? ids((p) => p.value !== null && p.value < 1 && p.level <= level + 1) : [],
		strengths: ids((p) => p.status === 'in-place'),
	};
}

export function scoreDimension(model: Model, dimension: DimensionWithId, context: Context, answers: Answers): DimensionResult {
	return scoreFrom(model, dimension, practiceResults(model, context, answers));
}

/** The weakest-link rule over the dimensions that still have a level to reach (see above). */
export function overallLevel(dimensions: Pick<DimensionResult, 'id' | 'level' | 'ceiling' | 'applicable'>[]): AssessmentResult['overall'] {
	const counted = dimensions.filter((d) => d.applicable);
	if (counted.length === 0) return { level: 1, limitedBy: [] };
	const open = counted.filter((d) => d.level < d.ceiling);
	if (open.length === 0) return { level: Math.max(...counted.map((d) => d.ceiling)), limitedBy: [] };
	const level = Math.min(...open.map((d) => d.level));
	return { level, limitedBy: open.filter((d) => d.level === level).map((d) => d.id) };
}

/** Each dimension of the model (in model order) with its result, for views that show both. */
export function byDimension(model: Model, result: AssessmentResult): { d: DimensionWithId; r: DimensionResult }[] {
	return model.dimensions.map((d) => ({ d, r: result.dimensions.find((x) => x.id === d.id)! }));
}

export function scoreAssessment(model: Model, context: Context, answers: Answers): AssessmentResult {
	const all = practiceResults(model, context, answers);
	const dimensions = model.dimensions.map((d) => scoreFrom(model, d, all));
	return { overall: overallLevel(dimensions), dimensions };
}

/** Quick check: each answer is the level (1–5) the person recognises, or null for "Don't know". */
export type QuickAnswers = Record<string, number | null>;

export function scoreQuickCheck(model: Model, answers: QuickAnswers) {
	const dimensions = model.dimensions.map((d) => {
		const level = answers[d.id];
		return { id: d.id, level: level ?? 1, ceiling: 5, applicable: true, known: typeof level === 'number' };
	});
	return { dimensions, overall: overallLevel(dimensions) };
}
