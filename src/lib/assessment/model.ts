/**
 * The assessment model as the scoring code sees it: the versioned meta (answer scales,
 * threshold) and the dimensions in order. Built from content at build time and passed to islands
 * as plain data.
 */
import type { Dimension, ModelMeta, Practice, ScopeId, Wording } from '../../schemas/assessment';
import type { AudienceId, ScaleId } from '../../schemas/ids';

export type { Dimension, ModelMeta, Practice, ScopeId, Wording };
export type DimensionWithId = Dimension & { id: string };
export type Model = { meta: ModelMeta; dimensions: DimensionWithId[] };

/**
 * An answer to one practice: the index of the chosen option on its scale (0 = not in place),
 * 'dont-know' (counted as not in place, reported as unknown) or 'not-applicable' (removed from
 * scoring). A practice with no entry is unanswered and counts as not in place.
 */
export type Answer = number | 'dont-know' | 'not-applicable';
export type Answers = Record<string, Answer>;

/** Who is answering: scale and audience choose the questions' wording and what applies; scopes too. */
export type Context = { scale: ScaleId; audience: AudienceId; scopes: ScopeId[] };

export const LEVEL_NAMES = ['Reactive', 'Organized', 'Systematic', 'Intelligent', 'Autonomous'] as const;
export const levelName = (level: number): string => LEVEL_NAMES[level - 1] ?? `Level ${level}`;

/**
 * The model from its content: the meta entry and the dimension files (id = file name), in their
 * `order`. The build (src/content/queries.ts) and the command line (src/cli/load-model.ts) both
 * build it here. Fails on a practice id used twice, naming both dimensions.
 */
export function buildModel(meta: ModelMeta, dimensions: readonly { id: string; data: Dimension }[]): Model {
	const seen = new Map<string, string>();
	for (const d of dimensions) {
		for (const p of d.data.practices) {
			const other = seen.get(p.id);
			if (other) throw new Error(`Practice id "${p.id}" is used twice: in dimensions ${other} and ${d.id}`);
			seen.set(p.id, d.id);
		}
	}
	return { meta, dimensions: dimensions.map((d) => ({ id: d.id, ...d.data })).sort((a, b) => a.order - b.order) };
}

/** All practices in model order, with their dimension. */
export function allPractices(model: Model): { practice: Practice; dimension: DimensionWithId }[] {
	return model.dimensions.flatMap((dimension) => dimension.practices.map((practice) => ({ practice, dimension })));
}

export function findPractice(model: Model, id: string): Practice | undefined {
	for (const d of model.dimensions) for (const p of d.practices) if (p.id === id) return p;
	return undefined;
}

/**
 * A practice applies when one of its scopes is chosen and the person's audience and scale are
 * among those it names (none named = all). A practice that does not apply is never asked and
 * never scored.
 */
export function inScope(practice: Practice, context: Context): boolean {
	return (
		practice.scopes.some((s) => context.scopes.includes(s)) &&
		(!practice.audiences || practice.audiences.includes(context.audience)) &&
		(!practice.scales || practice.scales.includes(context.scale))
	);
}

/** The practices of a dimension a person with this context is asked, in model order. */
export const askedPractices = (dimension: Dimension, context: Context): Practice[] =>
	dimension.practices.filter((p) => inScope(p, context));

/** The texts a person of this audience reads: the audience's track where it has one, else the default. */
export function wordingFor(practice: Practice, audience: AudienceId): Wording {
	const track = practice.tracks?.[audience];
	return {
		statement: track?.statement ?? practice.statement,
		help: track?.help ?? practice.help,
		action: track?.action ?? practice.action,
		why: track?.why ?? practice.why,
		doneWhen: track?.doneWhen ?? practice.doneWhen,
	};
}

/** A practice's statement as a person of this audience reads it, by id (the id itself if unknown). */
export function statementOf(model: Model, id: string, audience: AudienceId): string {
	const practice = findPractice(model, id);
	return practice ? wordingFor(practice, audience).statement : id;
}

/** A dimension's summary for an audience. */
export const summaryFor = (dimension: Dimension, audience: AudienceId): string =>
	dimension.tracks?.[audience]?.summary ?? dimension.summary;

/** The quick-check question and options for an audience. */
export function quickFor(dimension: Dimension, audience: AudienceId): { question: string; options: readonly string[] } {
	return dimension.quick.tracks?.[audience] ?? dimension.quick;
}

/**
 * The highest option of a scale whose value does not exceed `value`: how a value from elsewhere
 * (an older model, a persona, a team's median) becomes an answer without claiming more than it says.
 */
export function optionAtMost(model: Model, scale: Practice['answerScale'], value: number): number {
	let best = 0;
	model.meta.scales[scale].forEach((o, i) => {
		if (o.value <= value + 1e-9) best = i;
	});
	return best;
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
