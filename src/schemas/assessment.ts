/**
 * The assessment model's schemas. The model is content (src/content/assessment/), versioned by
 * `model.yaml`'s `version`; saved answers and exported results carry that version so they can be
 * migrated or refused when the model changes.
 */
import { z } from 'astro/zod';
import { audienceId, scaleId, stepId } from './framework';
import { SCOPE_IDS } from './ids';

export { SCOPE_IDS, type ScopeId } from './ids';
export const scopeId = z.enum(SCOPE_IDS);

/** Answer scales: how much of the practice is in place (coverage) or how often it happens (frequency). */
export const SCALE_KINDS = ['coverage', 'frequency'] as const;
export const answerScaleKind = z.enum(SCALE_KINDS);

/** Roadmap effort for one practice. */
export const effort = z.enum(['small', 'medium', 'large']);
export type Effort = z.infer<typeof effort>;

const practiceId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'practice ids are lowercase-kebab slugs');

/** One concrete, observable practice, pinned to the level it marks. */
export const practiceSchema = z.object({
	/** Stable id: answers are stored by it, so never reuse or rename one (add a migration instead). */
	id: practiceId,
	/** The level this practice marks (2–5). Level 1, Reactive, is the floor and has no practices. */
	level: z.number().int().min(2).max(5),
	/** The question, phrased as an observable statement: "Every agent run is logged with …". */
	statement: z.string().min(20),
	/** What counts as evidence that it is in place. */
	help: z.string().min(20),
	/** Which answer scale fits the statement. */
	answerScale: answerScaleKind,
	/** The kinds of AI use it applies to (at least one). */
	scopes: z.array(scopeId).min(1),
	/** Offer "Not applicable" even when it is in scope (e.g. it depends on having several people). */
	allowNotApplicable: z.boolean().default(false),
	/** Roadmap: what to do, in the imperative. */
	action: z.string().min(20),
	/** Roadmap: why it matters. */
	why: z.string().min(20),
	/** Roadmap: how you know it is done. */
	doneWhen: z.string().min(10),
	/** Roadmap: rough effort. */
	effort,
	/** Optional wording of `action` for a scale, replacing the general one. */
	byScale: z.partialRecord(scaleId, z.string()).optional(),
	/** Optional tools to suggest per audience. */
	tools: z.partialRecord(audienceId, z.string()).optional(),
});
export type Practice = z.infer<typeof practiceSchema>;

/** One dimension of the assessment. */
export const dimensionSchema = z.object({
	/** Position in the assessment (1-based). */
	order: z.number().int().min(1),
	/** Display name, e.g. "Observability and cost". */
	name: z.string(),
	/** One sentence on what this dimension covers. */
	summary: z.string().min(20),
	/** Site path of the docs section that teaches it (checked by the link checker). */
	docs: z.string().regex(/^\/docs\/.+\/(#[a-z0-9-]+)?$/),
	/** Where it sits in the framework's sequence; orders the roadmap. */
	stage: stepId.exclude(['assess']),
	/** The quick-check question: one per dimension, one option per level 1–5 in order. */
	quick: z.object({
		question: z.string(),
		options: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]),
	}),
	practices: z.array(practiceSchema).min(4),
});
export type Dimension = z.infer<typeof dimensionSchema>;

/** An answer option of a scale: its label and its value (0 = not in place, 1 = fully in place). */
const option = z.object({ label: z.string(), value: z.number().min(0).max(1) });

/** Model-wide settings: version and the wording and values of the answer scales. */
export const modelMetaSchema = z.object({
	/** Bump on any change to practice ids or scoring; saved state carries it. */
	version: z.number().int().min(1),
	/** A practice counts as "in place" when its answer's value is at least this. */
	inPlaceThreshold: z.number().min(0).max(1),
	scales: z.object({
		coverage: z.array(option).min(4),
		frequency: z.array(option).min(4),
	}),
});
export type ModelMeta = z.infer<typeof modelMetaSchema>;
