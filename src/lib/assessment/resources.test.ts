import { describe, expect, it } from 'vitest';
import { resourcesFor, type Resource } from './resources';

const r = (title: string, dimensions: string[], levels: number[]): Resource => ({ kind: 'template', title, path: `/t/${title}/`, dimensions, levels });

describe('resourcesFor', () => {
	const all = [r('a', ['x'], [2, 3]), r('b', ['x', 'y'], [3]), r('c', ['y'], [2])];
	it.each([
		['x', 3, ['a', 'b']],
		['x', 2, ['a']],
		['y', 2, ['c']],
		['z', 2, []],
	] as const)('%s at level %i → %j', (dimension, level, titles) => {
		expect(resourcesFor(all, dimension, level).map((x) => x.title)).toEqual(titles);
	});
});
