/**
 * The model changelog: one entry per version of the assessment model (src/content/assessment/
 * changelog.yaml, published as /assessment/model/changelog.json). `summary` and `scoring` are
 * written by hand; the lists under `dimensions`, `practices` and `scales` are facts, and
 * tests/model-changelog.test.ts holds the entry of every version whose layout the site knows (the
 * frozen past versions and the current model) to exactly what differs between it and the version
 * before (src/lib/assessment/changelog.ts).
 */
import { z } from 'astro/zod';
import { isIsoDay } from '../lib/iso-date';
import { practiceId } from './assessment';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
/** Where a practice sits: its dimension and the level it marks. */
const placement = z.strictObject({ dimension: slug, level: z.number().int().min(2).max(5) });

export const modelChangesSchema = z.strictObject({
	/** Dimensions that appeared or went, by id. */
	dimensions: z.strictObject({ added: z.array(slug), removed: z.array(slug) }),
	practices: z.strictObject({
		/** New practice ids that take no earlier answer. */
		added: z.array(practiceId),
		/** Ids that went with no practice taking their answers. */
		removed: z.array(practiceId),
		/** An old id whose answers a new practice takes (its `replaces`, see migrations.ts). */
		replaced: z.array(z.strictObject({ from: practiceId, to: practiceId })),
		/** Ids kept but placed in another dimension or at another level. */
		moved: z.array(z.strictObject({ id: practiceId, from: placement, to: placement })),
		/** Ids kept with another answer scale (old answers are re-read by value). */
		rescaled: z.array(z.strictObject({ id: practiceId, from: z.string(), to: z.string() })),
	}),
	/** Answer scales that appeared or went, by kind. */
	scales: z.strictObject({ added: z.array(z.string()), removed: z.array(z.string()) }),
});
export type ModelChanges = z.infer<typeof modelChangesSchema>;

export const modelVersionSchema = z.strictObject({
	/** The model version (model.yaml's `version`). */
	version: z.number().int().min(1),
	/** The day the version was first published, YYYY-MM-DD (from git log of the model content). */
	date: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD')
		.refine((d) => isIsoDay(d), 'a day that exists, written YYYY-MM-DD'),
	/** What the version is about, in one to three sentences. */
	summary: z.string().min(20),
	/** How scoring changed from the version before, one rule a line (the first version: its rules). */
	scoring: z.array(z.string().min(20)),
	/** What changed in the model's layout from the version before (the first version: from nothing). */
	changes: modelChangesSchema,
});
export type ModelVersion = z.infer<typeof modelVersionSchema>;

/** The published changelog (/assessment/model/changelog.json; see lib/assessment/changelog.ts). */
export const publishedChangelogSchema = z.strictObject({
	format: z.literal('agentops-assessment-model-changelog'),
	formatVersion: z.literal(1),
	/** The version /assessment/model.json holds: the first entry of `versions`. */
	currentVersion: z.number().int().min(1),
	/** Newest first. */
	versions: z.array(modelVersionSchema).min(1),
});
