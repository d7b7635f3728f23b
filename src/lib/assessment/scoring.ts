/**
 * Scoring: pure functions from (model, context, answers) to levels and scores. The rules are
 * published on /assessment/scoring/, whose worked examples are computed by these functions.
 *
 * Per dimension
 * - A practice's value is its answer's value on its scale (0…1). "Don't know" and unanswered
 *   count as 0; "Not applicable", or a practice outside the chosen scopes, is removed.
 * - A practice is in place when its value reaches the model's `inPlaceThreshold`.
 * - Ceiling: the highest level that has at least one applicable practice. With chat-only use,
 *   for example, a dimension whose top levels are about agents tops out below 5: nobody is
 *   credited with a level they were never asked about.
 * - Gated level: the highest level L, up to the ceiling, such that every applicable practice at
 *   levels 2…L is in place (level 1, Reactive, is the floor). A level below the ceiling with no
 *   applicable practices does not block.
 * - Continuous score: 1 + the sum over levels 2–5 of the mean value of that level's applicable
 *   practices (a level with none counts as complete below the ceiling and as 0 above it), so
 *   1.00 … 5.00, and never above ceiling.
 * - Why not the next level: the applicable practices at level L+1 that are not in place.
 *
 * Overall: the lowest gated level of the applicable dimensions ("weakest link"), so a strong
 * dimension can never hide a weak one. The dimensions at that level are named as the ones
 * holding it.
 */
import { inScope, type Answer, type Answers, type Context, type DimensionWithId, type Model, type Practice } from './model';

export type PracticeStatus = 'in-place' | 'partial' | 'missing' | 'unknown' | 'unanswered' | 'not-applicable';

export type PracticeResult = {
	id: string;
	level: number;
	status: PracticeStatus;
	/** 0…1, or null when not applicable. */
	value: number | null;
};

export type DimensionResult = {
	id: string;
	/** False when no practice of the dimension applies; such a dimension is left out of the overall. */
	applicable: boolean;
	/** Gated level 1–5. */
	level: number;
	/** The highest level this dimension can show with the chosen scopes (see the rules above). */
	ceiling: number;
	/** Continuous score 1.00–5.00 (rounded to two decimals). */
	score: number;
	practices: PracticeResult[];
	/** Practices answered "Don't know". */
	unknowns: string[];
	/** Practices with no answer yet. */
	unanswered: string[];
	/** Applicable practices at level+1 that are not in place: what blocks the next level. */
	blockers: string[];
	/** Practices in place. */
	strengths: string[];
};

export type AssessmentResult = {
	overall: { level: number; limitedBy: string[] };
	dimensions: DimensionResult[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function practiceResult(model: Model, practice: Practice, context: Context, answer: Answer | undefined): PracticeResult {
	const base = { id: practice.id, level: practice.level };
	if (!inScope(practice, context) || answer === 'not-applicable') return { ...base, status: 'not-applicable', value: null };
	if (answer === undefined) return { ...base, status: 'unanswered', value: 0 };
	if (answer === 'dont-know') return { ...base, status: 'unknown', value: 0 };
	const options = model.meta.scales[practice.answerScale];
	const option = options[Math.max(0, Math.min(options.length - 1, answer))];
	const value = option?.value ?? 0;
	const status: PracticeStatus = value >= model.meta.inPlaceThreshold ? 'in-place' : value > 0 ? 'partial' : 'missing';
	return { ...base, status, value };
}

export function scoreDimension(model: Model, dimension: DimensionWithId, context: Context, answers: Answers): DimensionResult {
	const practices = dimension.practices.map((p) => practiceResult(model, p, context, answers[p.id]));
	const applicable = practices.filter((p) => p.status !== 'not-applicable');
	const atLevel = (level: number) => applicable.filter((p) => p.level === level);

	const ceiling = Math.max(1, ...applicable.map((p) => p.level));

	let level = 1;
	for (let next = 2; next <= ceiling; next++) {
		if (atLevel(next).every((p) => p.status === 'in-place')) level = next;
		else break;
	}

	let score = 1;
	for (let l = 2; l <= ceiling; l++) {
		const here = atLevel(l);
		score += here.length === 0 ? 1 : here.reduce((sum, p) => sum + (p.value ?? 0), 0) / here.length;
	}

	const ids = (pred: (p: PracticeResult) => boolean) => practices.filter(pred).map((p) => p.id);
	return {
		id: dimension.id,
		applicable: applicable.length > 0,
		level,
		ceiling,
		score: round2(score),
		practices,
		unknowns: ids((p) => p.status === 'unknown'),
		unanswered: ids((p) => p.status === 'unanswered'),
		blockers: level < ceiling ? atLevel(level + 1).filter((p) => p.status !== 'in-place').map((p) => p.id) : [],
		strengths: ids((p) => p.status === 'in-place'),
	};
}

/** The weakest-link rule: the lowest level among applicable dimensions (1 if none apply). */
export function overallLevel(dimensions: Pick<DimensionResult, 'id' | 'level' | 'applicable'>[]): AssessmentResult['overall'] {
	const counted = dimensions.filter((d) => d.applicable);
	if (counted.length === 0) return { level: 1, limitedBy: [] };
	const level = Math.min(...counted.map((d) => d.level));
	return { level, limitedBy: counted.filter((d) => d.level === level).map((d) => d.id) };
}

/** Each dimension of the model (in model order) with its result, for views that show both. */
export function byDimension(model: Model, result: AssessmentResult): { d: DimensionWithId; r: DimensionResult }[] {
	return model.dimensions.map((d) => ({ d, r: result.dimensions.find((x) => x.id === d.id)! }));
}

export function scoreAssessment(model: Model, context: Context, answers: Answers): AssessmentResult {
	const dimensions = model.dimensions.map((d) => scoreDimension(model, d, context, answers));
	return { overall: overallLevel(dimensions), dimensions };
}

/** Quick check: each answer is the level (1–5) the person recognises, or null for "Don't know". */
export type QuickAnswers = Record<string, number | null>;

export function scoreQuickCheck(model: Model, answers: QuickAnswers) {
	const dimensions = model.dimensions.map((d) => {
		const level = answers[d.id];
		return { id: d.id, level: level ?? 1, applicable: true, known: typeof level === 'number' };
	});
	return { dimensions, overall: overallLevel(dimensions) };
}
