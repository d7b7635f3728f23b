/** The sources pages cite. Schema in src/schemas/sources.ts; one YAML file, one entry per source. */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { sourceEntrySchema } from '../../schemas/sources';

export const sourcesCollections = {
	sources: defineCollection({
		loader: file('./src/content/sources.yaml'),
		schema: sourceEntrySchema,
	}),
};

/**
 * A page's `sources` as references to the collection. Astro's `reference()` checks the shape of an
 * id only; checkReferences() (src/content/references.ts) fails the build on an id with no entry.
 */
export const citedSources = { sources: z.array(reference('sources')).min(1).optional() };
