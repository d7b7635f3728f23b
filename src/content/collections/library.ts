/** Collections for the templates library and case studies. Schemas live in src/schemas/library.ts. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { caseStudySchema, templateSchema } from '../../schemas/library';
import { citedSources } from './sources';

export const libraryCollections = {
	/** Template metadata; the files themselves live in src/templates/files/<id>/. */
	templates: defineCollection({
		loader: glob({ pattern: '*.md', base: './src/content/templates' }),
		schema: templateSchema.extend({
			/** Assessment dimensions this template serves (roadmap tag). */
			dimensions: z.array(reference('dimensions')).min(1),
			...citedSources,
		}),
	}),
	caseStudies: defineCollection({
		loader: glob({ pattern: '*.md', base: './src/content/case-studies' }),
		schema: caseStudySchema({
			dimension: reference('dimensions'),
			pattern: reference('patterns'),
			template: reference('templates'),
		}),
	}),
};
