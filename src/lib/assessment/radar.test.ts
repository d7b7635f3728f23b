import { describe, expect, it } from 'vitest';
import { labelAnchor, polygon, spoke } from './radar';

const c = { x: 100, y: 100 };
describe('radar geometry', () => {
	it('puts the first spoke straight up and scales by value', () => {
		expect(spoke(0, 4, 5, 5, 80, c)).toEqual({ x: 100, y: 20 });
		expect(spoke(1, 4, 2.5, 5, 80, c)).toEqual({ x: 140, y: 100 });
	});
	it('clamps values to 0…max', () => {
		expect(spoke(0, 4, 9, 5, 80, c)).toEqual(spoke(0, 4, 5, 5, 80, c));
		expect(spoke(0, 4, -1, 5, 80, c)).toEqual(c);
	});
	it('draws a polygon with one point per value', () => {
		expect(polygon([5, 5, 5, 5], 5, 80, c)).toBe('100,20 180,100 100,180 20,100');
	});
	it('anchors labels on the left, right and middle', () => {
		expect([0, 1, 2, 3].map((i) => labelAnchor(i, 4))).toEqual(['middle', 'start', 'middle', 'end']);
	});
});
