/** The assessment model as the build published it (dist/assessment/model.json), for tests that answer it. */
import { readFileSync } from 'node:fs';
import type { Model } from '../src/lib/assessment/model';

export function builtModel(dir = 'dist'): Model {
	const published = JSON.parse(readFileSync(`${dir}/assessment/model.json`, 'utf8')) as {
		meta: Model['meta'];
		dimensions: Model['dimensions'];
	};
	return { meta: published.meta, dimensions: published.dimensions };
}
