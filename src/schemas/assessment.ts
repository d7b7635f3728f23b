/**
 * The assessment model's schemas (model version 2). The model is content
 * (src/content/assessment/), versioned by `model.yaml`'s `version`; saved answers and exported
 * results carry that version so they can be migrated or refused when the model changes.
 *
 * A practice is one observable condition pinned to the level it marks. Who it applies to is
 * data (`scopes`, `audiences`, `scales`); how it reads for an audience is data too (`tracks`),
 * so a household is never asked about CI and a software team is never told about family meetings.
 */
import { z } from 'astro/zod';
import { audienceId, scaleId, stepId } from './framework';
import { SCOPE_IDS } from './ids';

export { SCOPE_IDS, type ScopeId } from './ids';
export const scopeId = z.enum(SCOPE_IDS);

/**
 * Answer scales. `fact`: yes / partly / no, for a single condition that holds or not.
 * `coverage`: how much of something countable is covered (every agent, every repository).
 * `frequency`: how often a habit happens.
 */
export const SCALE_KINDS = ['fact', 'coverage', 'frequency'] as const;
export const answerScaleKind = z.enum(SCALE_KINDS);
export type AnswerScaleKind = z.infer<typeof answerScaleKind>;

/** Roadmap effort for one practice: small = hours, medium = days, large = weeks. */
export const effort = z.enum(['small', 'medium', 'large']);
export type Effort = z.infer<typeof effort>;

export const practiceId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'practice ids are lowercase-kebab slugs');

/** The texts of a practice a person reads; a track replaces any of them for one audience. */
const wording = {
	/** The question: one observable condition, in a neutral voice ("Every agent has …"). */
	statement: z.string().min(20),
	/** What counts as evidence that it is in place, and what does not. */
	help: z.string().min(20),
	/** Roadmap: what to do, in the imperative. */
	action: z.string().min(20),
	/** Roadmap: why it matters. */
	why: z.string().min(20),
	/** Roadmap: how you know it is done. */
	doneWhen: z.string().min(10),
};
export const trackSchema = z.strictObject({
	statement: wording.statement.optional(),
	help: wording.help.optional(),
	action: wording.action.optional(),
	why: wording.why.optional(),
	doneWhen: wording.doneWhen.optional(),
});
export type Track = z.infer<typeof trackSchema>;
export type Wording = { [K in keyof typeof wording]: string };

/** One concrete, observable practice, pinned to the level it marks. */
export const practiceSchema = z.strictObject({
	/** Stable id: answers are stored by it, so never reuse or rename one (add a migration instead). */
	id: practiceId,
	/** The level this practice marks (2–5). Level 1, Reactive, is the floor and has no practices. */
	level: z.number().int().min(2).max(5),
	...wording,
	/** Which answer scale fits the statement (see SCALE_KINDS). */
	answerScale: answerScaleKind,
	/** For a coverage scale: what the coverage is counted over, e.g. "agents", "repositories". */
	over: z.string().min(3).optional(),
	/** The kinds of AI use it applies to (at least one). */
	scopes: z.array(scopeId).min(1),
	/** The audiences it applies to; absent = all. Outside them it is not asked and not scored. */
	audiences: z.array(audienceId).min(1).optional(),
	/** The scales it applies to; absent = all (e.g. sharing sessions need more than one person). */
	scales: z.array(scaleId).min(1).optional(),
	/** When it can fail to apply although in scope: offers "Not applicable" and says when it fits. */
	notApplicableWhen: z.string().min(10).optional(),
	/**
	 * Stronger practices that meet this one's need: when one of them is answered higher, this
	 * practice counts as answered that high (an automated CI gate meets what a manual checklist
	 * serves). Never the same level as this practice.
	 */
	satisfiedBy: z.array(practiceId).optional(),
	/**
	 * A control that must exist before agents act on their own (kill switch, approval of risky
	 * actions, least-privilege credentials): it weighs as much as the rest of its level together,
	 * so without it nothing above its level is credited more than half. At most one per level.
	 */
	critical: z.boolean().optional(),
	/** Practices that must be in place first; the roadmap orders steps by them. */
	dependsOn: z.array(practiceId).optional(),
	/** Ids of model-version-1 practices whose answers carry over to this one (same scale kind or mapped by value). */
	replaces: z.array(practiceId).optional(),
	/** Roadmap: rough effort. */
	effort,
	/** Wording per audience where the default does not fit. */
	tracks: z.partialRecord(audienceId, trackSchema).optional(),
	/** Tools to suggest per audience (named, with a docs link on the page that teaches them). */
	tools: z.partialRecord(audienceId, z.string()).optional(),
});
export type Practice = z.infer<typeof practiceSchema>;

/** The quick-check question of a dimension: one option per level 1–5, in order. */
const quickSchema = z.strictObject({
	question: z.string(),
	options: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]),
});

/** One dimension of the assessment. */
export const dimensionSchema = z.strictObject({
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
	/** The summary per audience where the default does not fit (a household never reads "CI/CD"). */
	tracks: z.partialRecord(audienceId, z.strictObject({ summary: z.string().min(20) })).optional(),
	/** The quick-check question, with optional wording per audience. */
	quick: quickSchema.extend({ tracks: z.partialRecord(audienceId, quickSchema).optional() }),
	practices: z.array(practiceSchema).min(8),
});
export type Dimension = z.infer<typeof dimensionSchema>;

/** An answer option of a scale: its label and its value (0 = not in place, 1 = fully in place). */
const option = z.strictObject({ label: z.string(), value: z.number().min(0).max(1) });

/** Model-wide settings: version and the wording and values of the answer scales. */
export const modelMetaSchema = z.object({
	/** Bump on any change to practice ids, scales or scoring; saved state carries it. */
	version: z.number().int().min(1),
	/** A practice counts as "in place" when its answer's value is at least this. */
	inPlaceThreshold: z.number().min(0).max(1),
	/** Options in order from "not in place" (value 0) to "fully in place" (value 1). */
	scales: z.strictObject({
		fact: z.array(option).length(3),
		coverage: z.array(option).min(4),
		frequency: z.array(option).min(4),
	}),
});
export type ModelMeta = z.infer<typeof modelMetaSchema>;

/** A persona's answer for a level or a practice: a value on the 0…1 scale, or "Don't know" / "Not applicable". */
const personaValue = z.union([
	z.literal(0),
	z.literal(0.25),
	z.literal(0.5),
	z.literal(1),
	z.literal('dont-know'),
	z.literal('not-applicable'),
]);
export type PersonaValue = z.infer<typeof personaValue>;
const perLevel = z.strictObject({ 2: personaValue, 3: personaValue, 4: personaValue, 5: personaValue });

/**
 * A persona: a realistic person described as answers, with the levels a knowledgeable
 * practitioner would give them after an hour's interview. The acceptance test of the model
 * (tests/personas.test.ts), shown on /assessment/scoring/ as computed at build time.
 * An answer value becomes the highest option of a practice's scale that does not exceed it.
 */
export const personaSchema = z.strictObject({
	/** The entry's id (the file loader keeps it in the data too). */
	id: practiceId,
	/** Position in the persona table. */
	order: z.number().int().min(1),
	name: z.string().min(5),
	/** Who they are and how they work, in two or three sentences. */
	summary: z.string().min(40),
	context: z.strictObject({ scale: scaleId, audience: audienceId, scopes: z.array(scopeId).min(1) }),
	/** The value answered for every practice of each level, in every dimension not listed below. */
	levels: perLevel,
	/** Per dimension, values per level replacing `levels`. */
	dimensions: z.record(z.string(), perLevel).optional(),
	/** Per practice, the value answered, replacing the level's. */
	practices: z.record(practiceId, personaValue).optional(),
	/** What a practitioner would say: the overall level and the levels of the dimensions that matter. */
	expected: z.strictObject({ overall: z.number().int().min(1).max(5), dimensions: z.record(z.string(), z.number().int().min(1).max(5)) }),
	/** The practitioner's reasoning, in one or two sentences. */
	why: z.string().min(40),
	/**
	 * The quick check as a practitioner answered it for this person, reading only the summary and
	 * the quick questions of its audience (never the full answers): level 1–5 per dimension. The
	 * quick estimate and the full result must agree within one level (tests/personas.test.ts).
	 */
	quick: z.record(z.string(), z.number().int().min(1).max(5)).optional(),
});
export type Persona = z.infer<typeof personaSchema>;

/** The published model file (/assessment/model.json; see lib/assessment/published-model.ts). */
export const publishedModelSchema = z.strictObject({
	format: z.literal('agentops-assessment-model'),
	formatVersion: z.literal(1),
	modelVersion: z.number().int().min(1),
	meta: modelMetaSchema,
	dimensions: z.array(dimensionSchema.extend({ id: practiceId })),
});
