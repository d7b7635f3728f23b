/**
 * The real assessment model, loaded by Astro's own content loaders (vitest runs with Astro's Vite
 * configuration, and tests/setup-content.ts syncs the content store first): the same entries,
 * schemas and reference checks as the build.
 */
import { getModel } from '../src/content/queries';
import type { Model } from '../src/lib/assessment/model';

let cached: Promise<Model> | undefined;
export function realModel(): Promise<Model> {
	if (process.env.CONTENT_SYNC_ERROR) return Promise.reject(new Error(`the content does not load:\n${process.env.CONTENT_SYNC_ERROR}`));
	return (cached ??= getModel());
}
