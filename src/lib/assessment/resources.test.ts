import { describe, expect, it } from 'vitest';
import { resourcesFor, type Resource } from './resources';

const r = (title: string, dimensions: string[], levels: number[]): Resource => ({
	kind: 'template',
	title,
	path: `/t/${title}/`,
	dimensions,
	levels,
});

describe('resourcesFor', () => {
	const all = [r('a', ['x'], [2, 3]), r('b', ['x', 'y'], [3]), r('c', ['y'], [2])];
	it('puts narrower tags first', () => {
		expect(resourcesFor([r('wide', ['x'], [2, 3, 4]), r('narrow', ['x'], [3])], 'x', 3).map((x) => x.title)).toEqual(['narrow', 'wide']);
	});
	it.each([
		['x', 3, ['b', 'a']],
		['x', 2, ['a']],
		['y', 2, ['c']],
		['z', 2, []],
	] as const)('%s at level %i → %j', (dimension, level, titles) => {
		expect(resourcesFor(all, dimension, level).map((x) => x.title)).toEqual(titles);
	});
});

describe('resourcesFor on template tags', () => {
	const templates = [
		{ id: 'wide', title: 'B wide', dimensions: ['validation-gates'], levels: [2, 3, 4] },
		{ id: 'narrow', title: 'Z narrow', dimensions: ['validation-gates', 'people-practice'], levels: [3] },
		{ id: 'other', title: 'A other', dimensions: ['privacy-guardrails'], levels: [3] },
		{ id: 'also', title: 'A also', dimensions: ['validation-gates'], levels: [3, 4] },
	];
	it.each([
		['validation-gates', 3, ['narrow', 'also', 'wide']],
		['validation-gates', 2, ['wide']],
		['validation-gates', 5, []],
		['people-practice', 3, ['narrow']],
		['unknown', 3, []],
	])('%s at level %d', (dimension, level, ids) => {
		expect(resourcesFor(templates, dimension, level).map((t) => t.id)).toEqual(ids);
	});
	it('does not change its input', () => {
		const copy = structuredClone(templates);
		resourcesFor(templates, 'validation-gates', 3);
		expect(templates).toEqual(copy);
	});
});
