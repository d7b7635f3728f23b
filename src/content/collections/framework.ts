/** Collections for the framework docs. Schemas live in src/schemas/framework.ts. */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
	audienceSchema,
	docSchema,
	glossarySchema,
	layerSchema,
	levelSchema,
	patternSchema,
	principleSchema,
	scaleSchema,
	stepSchema,
} from '../../schemas/framework';
import { citedSources } from './sources';

const md = (dir: string) => glob({ pattern: '*.{md,mdx}', base: `./src/content/${dir}` });

export const frameworkCollections = {
	patterns: defineCollection({
		loader: md('patterns'),
		schema: patternSchema.extend({
			/** Principles this pattern serves (ids in `principles`). */
			principles: z.array(reference('principles')).min(1),
			...citedSources,
		}),
	}),
	principles: defineCollection({
		loader: md('principles'),
		schema: principleSchema.extend({
			/** Patterns that put this principle into practice. */
			patterns: z.array(reference('patterns')),
			...citedSources,
		}),
	}),
	layers: defineCollection({ loader: md('layers'), schema: layerSchema.extend(citedSources) }),
	levels: defineCollection({ loader: md('levels'), schema: levelSchema.extend(citedSources) }),
	scales: defineCollection({ loader: md('scales'), schema: scaleSchema.extend(citedSources) }),
	audiences: defineCollection({ loader: md('audiences'), schema: audienceSchema.extend(citedSources) }),
	steps: defineCollection({
		loader: md('steps'),
		schema: stepSchema.extend({
			/** Patterns this step puts to work. */
			patterns: z.array(reference('patterns')),
			...citedSources,
		}),
	}),
	glossary: defineCollection({
		loader: file('./src/content/glossary.yaml'),
		schema: glossarySchema,
	}),
	docs: defineCollection({ loader: md('docs'), schema: docSchema.extend(citedSources) }),
};
