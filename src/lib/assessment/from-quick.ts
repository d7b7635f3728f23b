/**
 * The quick check as a starting point for the full assessment: in each dimension the quick check
 * placed at level q, the practices the person is asked up to level q are proposed as fully in
 * place, the rest left unanswered. A proposal only: every answer is shown, and the steps say which
 * were filled in, so the person confirms or changes each one.
 */
import { askedPractices, type Answers, type Context, type Model } from './model';
import type { QuickAnswers } from './scoring';

export function answersFromQuick(
	model: Model,
	context: Context,
	quick: QuickAnswers,
): { answers: Answers; fromQuick: Record<string, number> } {
	const answers: Answers = {};
	const fromQuick: Record<string, number> = {};
	for (const d of model.dimensions) {
		const level = quick[d.id];
		if (typeof level !== 'number') continue;
		fromQuick[d.id] = level;
		for (const p of askedPractices(d, context)) if (p.level <= level) answers[p.id] = model.meta.scales[p.answerScale].length - 1;
	}
	return { answers, fromQuick };
}
