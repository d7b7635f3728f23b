import { describe, expect, it } from 'vitest';
import { modulesFor } from './modules-for';

const modules = [
	{ id: 'gates', order: 5, dimensions: ['validation-gates'], levels: [2, 3, 4] },
	{ id: 'autonomy', order: 9, dimensions: ['validation-gates', 'composable-automation'], levels: [4, 5] },
	{ id: 'assess', order: 1, dimensions: ['validation-gates', 'unified-interface'], levels: [1] },
];

describe('modulesFor', () => {
	it.each([
		['validation-gates', 2, ['gates']],
		['validation-gates', 4, ['gates', 'autonomy']],
		['validation-gates', 5, ['autonomy']],
		['composable-automation', 3, []],
		['unified-interface', 1, ['assess']],
		['no-such-dimension', 2, []],
	])('%s at level %i → %j', (dimension, level, expected) => {
		expect(modulesFor(modules, dimension, level).map((m) => m.id)).toEqual(expected);
	});

	it('returns modules in curriculum order and keeps their fields', () => {
		const shuffled = [...modules].reverse();
		expect(modulesFor(shuffled, 'validation-gates', 4)).toEqual([modules[0], modules[1]]);
	});
});
