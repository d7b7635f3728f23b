/**
 * The assessment model as the scoring code sees it: the versioned meta (answer scales,
 * threshold) and the dimensions in order. Built from content at build time and passed to islands
 * as plain data.
 */
import type { Dimension, ModelMeta, Practice, ScopeId } from '../../schemas/assessment';
import type { AudienceId, ScaleId } from '../../schemas/framework';

export type { Dimension, ModelMeta, Practice, ScopeId };
export type DimensionWithId = Dimension & { id: string };
export type Model = { meta: ModelMeta; dimensions: DimensionWithId[] };

/**
 * An answer to one practice: the index of the chosen option on its scale (0 = not in place),
 * 'dont-know' (counted as not in place, reported as unknown) or 'not-applicable' (removed from
 * scoring). A practice with no entry is unanswered and counts as not in place.
 */
export type Answer = number | 'dont-know' | 'not-applicable';
export type Answers = Record<string, Answer>;

/** Who is answering: scale and audience tailor the roadmap; scopes decide what applies. */
export type Context = { scale: ScaleId; audience: AudienceId; scopes: ScopeId[] };

export const LEVEL_NAMES = ['Reactive', 'Organized', 'Systematic', 'Intelligent', 'Autonomous'] as const;
export const levelName = (level: number): string => LEVEL_NAMES[level - 1] ?? `Level ${level}`;

/** All practices in model order, with their dimension. */
export function allPractices(model: Model): { practice: Practice; dimension: DimensionWithId }[] {
	return model.dimensions.flatMap((dimension) => dimension.practices.map((practice) => ({ practice, dimension })));
}

export function findPractice(model: Model, id: string): Practice | undefined {
	for (const d of model.dimensions) for (const p of d.practices) if (p.id === id) return p;
	return undefined;
}

/** A practice is in scope when it applies to at least one kind of AI use the person chose. */
export function inScope(practice: Practice, context: Context): boolean {
	return practice.scopes.some((s) => context.scopes.includes(s));
}

/** Problems with answers against the model: unknown practice ids or option indices out of range. */
export function answerProblems(model: Model, answers: Answers): string[] {
	const problems: string[] = [];
	for (const [id, answer] of Object.entries(answers)) {
		const practice = findPractice(model, id);
		if (!practice) problems.push(`unknown practice "${id}"`);
		else if (typeof answer === 'number' && answer >= model.meta.scales[practice.answerScale].length) {
			problems.push(`answer ${answer} is out of range for "${id}"`);
		}
	}
	return problems;
}
