/** Collections for the workshop curriculum. Schemas live in src/schemas/workshop.ts. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkModuleTimings, checkPathFitsAgenda, moduleFields, pathFields } from '../../schemas/workshop';

export const workshopCollections = {
	modules: defineCollection({
		loader: glob({ pattern: '*.{md,mdx}', base: './src/content/workshop/modules' }),
		schema: moduleFields
			.extend({
				/** Assessment dimensions the module moves people along (roadmap tag). */
				dimensions: z.array(reference('dimensions')).min(1),
				/** Modules to take first. */
				prerequisites: z.array(reference('modules')).default([]),
				materials: moduleFields.shape.materials.extend({
					/** Templates from the library the room uses (ids in `templates`). */
					templates: z.array(reference('templates')).default([]),
				}),
			})
			.superRefine(checkModuleTimings),
	}),
	learningPaths: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './src/content/workshop/paths' }),
		schema: pathFields
			.extend({
				modules: z.array(reference('modules')).min(1),
				newDayBefore: z.array(reference('modules')).default([]),
			})
			.superRefine(checkPathFitsAgenda),
	}),
};
