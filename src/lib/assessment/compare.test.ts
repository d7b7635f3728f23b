import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import { compareAssessments } from './compare';

describe('compareAssessments', () => {
	it('reports per-dimension change and progress toward the earlier targets', () => {
		const earlier = {
			modelVersion: 2,
			createdAt: '2026-01-01T00:00:00Z',
			context,
			answers: { a2: 3, a2x: 2 },
			targets: { alpha: 4, beta: 2 },
		};
		const later = { ...earlier, answers: { a2: 3, a2x: 2, a3: 3, a3x: 3, a4: 3, a4x: 3, b2: 3, b2x: 3 } };
		const c = compareAssessments(model, earlier, later);
		expect(c.dimensions.map((d) => [d.id, d.before.level, d.after.level, d.change, d.target, d.reached])).toEqual([
			['alpha', 2, 4, 2, 4, true],
			['beta', 1, 2, 1, 2, true],
		]);
		// Targets 4 and 2: span (4−1)+(2−1) = 4; before 3 levels missing (2 + 1), after none.
		expect(c.progress).toEqual({ before: 0.25, after: 1 });
	});
});
