/** Collections for the assessment model. Schemas live in src/schemas/assessment.ts. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { dimensionSchema, modelMetaSchema, personaSchema } from '../../schemas/assessment';
import { modelVersionSchema } from '../../schemas/model-changelog';

export const assessmentCollections = {
	dimensions: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './src/content/assessment/dimensions' }),
		schema: dimensionSchema,
	}),
	/** One entry, id `current`: the model's version and answer scales. */
	model: defineCollection({
		loader: file('./src/content/assessment/model.yaml'),
		schema: modelMetaSchema,
	}),
	/** One entry per model version, newest first, id `v<version>` (read through getModelChangelog()). */
	modelChangelog: defineCollection({
		loader: file('./src/content/assessment/changelog.yaml'),
		schema: modelVersionSchema.extend({ id: z.string().regex(/^v\d+$/, 'an entry id is "v" and its version, e.g. v2') }),
	}),
	/** The personas: the model's acceptance test, shown on the scoring page. */
	personas: defineCollection({
		loader: file('./src/content/assessment/personas.yaml'),
		schema: personaSchema,
	}),
};
