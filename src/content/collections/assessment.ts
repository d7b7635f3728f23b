/** Collections for the assessment model. Schemas live in src/schemas/assessment.ts. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { dimensionSchema, modelMetaSchema, personaSchema } from '../../schemas/assessment';

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
	/** The personas: the model's acceptance test, shown on the scoring page. */
	personas: defineCollection({
		loader: file('./src/content/assessment/personas.yaml'),
		schema: personaSchema,
	}),
};
