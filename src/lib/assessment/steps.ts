/**
 * The full assessment's steps: context first, then one step per dimension that has practices in
 * the person's context (scopes, audience, scale), then a review of unanswered questions before the results.
 */
import { askedPractices, type Answers, type Context, type DimensionWithId, type Model, type Practice } from './model';

export type Step = { kind: 'context' } | { kind: 'dimension'; dimension: DimensionWithId; practices: Practice[] } | { kind: 'review' };

export function assessmentSteps(model: Model, context: Context | null): Step[] {
	const dimensions = context
		? model.dimensions
				.map((dimension) => ({ kind: 'dimension' as const, dimension, practices: askedPractices(dimension, context) }))
				.filter((s) => s.practices.length > 0)
		: [];
	return [{ kind: 'context' }, ...dimensions, { kind: 'review' }];
}

/** In-scope practices with no answer, grouped by the step that asks them. */
export function unansweredByStep(steps: Step[], answers: Answers): { step: number; dimension: DimensionWithId; practices: Practice[] }[] {
	return steps.flatMap((s, i) => {
		if (s.kind !== 'dimension') return [];
		const missing = s.practices.filter((p) => answers[p.id] === undefined);
		return missing.length ? [{ step: i, dimension: s.dimension, practices: missing }] : [];
	});
}

/** Answered and total counts over the in-scope practices. */
export function answeredCount(steps: Step[], answers: Answers): { answered: number; total: number } {
	const practices = steps.flatMap((s) => (s.kind === 'dimension' ? s.practices : []));
	return { answered: practices.filter((p) => answers[p.id] !== undefined).length, total: practices.length };
}
