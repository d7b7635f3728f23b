/**
 * The published model (/assessment/model.json), fetched once per page and shared by every island
 * that needs it: the assessment islands through withModel, the agenda builder when it is given
 * results to read. Resolves to null when it cannot be fetched or is not a model.
 */
import type { Model } from '../../lib/assessment/model';
import { readPublishedModel } from '../../lib/assessment/published-model';

const loaded = new Map<string, Promise<Model | null>>();

export function loadModel(url: string): Promise<Model | null> {
	let p = loaded.get(url);
	if (!p) {
		p = fetch(url)
			.then((r) => (r.ok ? r.json() : null))
			.then(readPublishedModel, () => null);
		loaded.set(url, p);
	}
	return p;
}
