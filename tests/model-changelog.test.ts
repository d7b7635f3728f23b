/**
 * The model changelog (src/content/assessment/changelog.yaml) against the facts: one entry per
 * model version, newest first, the current version on top; and the changes each entry lists are
 * exactly what differs between the layouts the site knows (the frozen version 1 and the current
 * model). On a mismatch the test prints the lists the entry should have.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getModelChangelog } from '../src/content/queries';
import {
	EMPTY_LAYOUT,
	changelogProblems,
	layoutOfModel,
	layoutOfV1,
	modelChanges,
	replacesOf,
	type ModelLayout,
} from '../src/lib/assessment/changelog';
import type { Model } from '../src/lib/assessment/model';
import type { ModelVersion } from '../src/schemas/model-changelog';
import { realModel } from './real-model';

let model: Model;
let changelog: ModelVersion[];
beforeAll(async () => {
	model = await realModel();
	changelog = await getModelChangelog();
});

describe('model changelog', () => {
	it('has an entry for the current model version, on top, and every version below it in order', () => {
		expect(changelog[0]?.version).toBe(model.meta.version);
		expect(changelogProblems(changelog, model.meta.version)).toEqual([]);
	});

	it('lists exactly what changed in each version whose layout the site knows', () => {
		// Layouts by version: the frozen past ones and the current model. A version with no frozen
		// layout (none yet) cannot be checked and is left out; the current and the one before always can.
		const layouts = new Map<number, ModelLayout>([
			[0, EMPTY_LAYOUT],
			[1, layoutOfV1()],
			[model.meta.version, layoutOfModel(model)],
		]);
		const checked = changelog.filter((e) => layouts.has(e.version) && layouts.has(e.version - 1));
		expect(checked.map((e) => e.version)).toContain(model.meta.version);
		for (const entry of checked) {
			const replaces = entry.version === model.meta.version ? replacesOf(model) : {};
			const facts = modelChanges(layouts.get(entry.version - 1)!, layouts.get(entry.version)!, replaces);
			expect(entry.changes, `version ${entry.version}: changelog.yaml should list ${JSON.stringify(facts)}`).toEqual(facts);
		}
	});

	it('dates versions 1 and 2 as the frozen version 1 records its use (2026-11-23 to 2026-12-02)', () => {
		expect(changelog.find((e) => e.version === 1)?.date).toBe('2026-11-23');
		expect(changelog.find((e) => e.version === 2)?.date).toBe('2026-12-02');
	});
});
