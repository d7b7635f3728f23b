import { describe, expect, it } from 'vitest';
import { EMPTY_LAYOUT, changelogProblems, layoutOfV1, modelChanges, publishChangelog, type ModelLayout } from './changelog';
import { V1 } from './past/v1';

const prev: ModelLayout = {
	version: 1,
	dimensionIds: ['a', 'b'],
	practices: [
		{ id: 'a-one', dimension: 'a', level: 2, scale: 'coverage' },
		{ id: 'a-two', dimension: 'a', level: 3, scale: 'coverage' },
		{ id: 'b-one', dimension: 'b', level: 2, scale: 'frequency' },
		{ id: 'b-two', dimension: 'b', level: 4, scale: 'frequency' },
	],
	scales: ['coverage', 'frequency'],
};
const next: ModelLayout = {
	version: 2,
	dimensionIds: ['a', 'c'],
	practices: [
		{ id: 'a-one', dimension: 'a', level: 2, scale: 'fact' },
		{ id: 'a-new', dimension: 'a', level: 3, scale: 'fact' },
		{ id: 'b-one', dimension: 'c', level: 3, scale: 'frequency' },
		{ id: 'c-gate', dimension: 'c', level: 4, scale: 'coverage' },
	],
	scales: ['fact', 'coverage', 'frequency'],
};

describe('modelChanges', () => {
	const changes = modelChanges(prev, next, { 'c-gate': ['b-two', 'no-such-old-id'] });

	it('names added and removed dimensions and scales', () => {
		expect(changes.dimensions).toEqual({ added: ['c'], removed: ['b'] });
		expect(changes.scales).toEqual({ added: ['fact'], removed: [] });
	});
	it('a new id that takes an old answer is replaced, not added, and the old id not removed', () => {
		expect(changes.practices.replaced).toEqual([{ from: 'b-two', to: 'c-gate' }]);
		expect(changes.practices.added).toEqual(['a-new']);
		expect(changes.practices.removed).toEqual(['a-two']);
	});
	it('a kept id is moved when its dimension or level changes, rescaled when its scale does', () => {
		expect(changes.practices.moved).toEqual([{ id: 'b-one', from: { dimension: 'b', level: 2 }, to: { dimension: 'c', level: 3 } }]);
		expect(changes.practices.rescaled).toEqual([{ id: 'a-one', from: 'coverage', to: 'fact' }]);
	});
	it('from nothing, everything is added', () => {
		const first = modelChanges(EMPTY_LAYOUT, prev);
		expect(first.practices.added).toEqual(['a-one', 'a-two', 'b-one', 'b-two']);
		expect(first.dimensions.added).toEqual(['a', 'b']);
		expect([first.practices.removed, first.practices.moved, first.practices.rescaled, first.practices.replaced]).toEqual([[], [], [], []]);
	});
	it('no change between a layout and itself', () => {
		const same = modelChanges(next, next);
		expect(Object.values(same.practices).flat()).toEqual([]);
		expect([...Object.values(same.dimensions), ...Object.values(same.scales)].flat()).toEqual([]);
	});
});

describe('layoutOfV1', () => {
	it('places every practice of the frozen version 1, in its order, in one of its dimensions', () => {
		const layout = layoutOfV1();
		expect(layout.practices.map((p) => [p.id, p.scale])).toEqual(V1.practices.map(([id, scale]) => [id, scale]));
		for (const p of layout.practices) expect(V1.dimensionIds).toContain(p.dimension);
		// Dimensions in V1's order, each practice in one block, as share links of version 1 stored them.
		const order = [...new Set(layout.practices.map((p) => p.dimension))];
		expect(order).toEqual([...V1.dimensionIds]);
	});
});

describe('changelogProblems', () => {
	const v = (version: number, date: string) => ({ version, date });
	it('accepts one entry per version, newest first, dated in order', () => {
		expect(changelogProblems([v(3, '2027-01-10'), v(2, '2026-12-02'), v(1, '2026-11-23')], 3)).toEqual([]);
		expect(changelogProblems([v(2, '2026-12-02'), v(1, '2026-12-02')], 2)).toEqual([]);
	});
	it('fails when the current version has no entry', () => {
		expect(changelogProblems([v(2, '2026-12-02'), v(1, '2026-11-23')], 3)[0]).toBe('no entry for the current model version 3');
	});
	it('fails when the versions are out of order or one is missing', () => {
		expect(changelogProblems([v(1, '2026-11-23'), v(2, '2026-12-02')], 2)).toContain(
			'entry 1 is version 1, expected 2 (newest first, one per version)',
		);
		expect(changelogProblems([v(3, '2027-01-10'), v(1, '2026-11-23')], 3)).toContain(
			'entry 2 is version 1, expected 2 (newest first, one per version)',
		);
		expect(changelogProblems([v(2, '2026-12-02')], 2)).toEqual(['2 versions but 1 entries: every version down to 1 has one']);
	});
	it('fails when a newer version is dated before the one it follows', () => {
		expect(changelogProblems([v(2, '2026-11-01'), v(1, '2026-11-23')], 2)).toEqual([
			'version 2 (2026-11-01) is dated before version 1 (2026-11-23)',
		]);
	});
});

describe('publishChangelog', () => {
	it('names its format and the current version, and keeps the entries in order', () => {
		const changes = modelChanges(EMPTY_LAYOUT, EMPTY_LAYOUT);
		const published = publishChangelog([
			{ version: 2, date: '2026-12-02', summary: 'The second version.', scoring: [], changes },
			{ version: 1, date: '2026-11-23', summary: 'The first version.', scoring: [], changes },
		]);
		expect(published).toMatchObject({ format: 'agentops-assessment-model-changelog', formatVersion: 1, currentVersion: 2 });
		expect(published.versions.map((e) => e.version)).toEqual([2, 1]);
	});
});
