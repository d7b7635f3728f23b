import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import { answersFromQuick } from './from-quick';
import { scoreAssessment } from './scoring';

describe('answersFromQuick', () => {
	it('proposes the practices up to the quick level as in place, and leaves the rest unanswered', () => {
		const { answers, fromQuick } = answersFromQuick(model, context, { alpha: 3, beta: null });
		expect(fromQuick).toEqual({ alpha: 3 });
		expect(Object.keys(answers).sort()).toEqual(['a2', 'a2x', 'a3', 'a3x']);
		expect(answers.a2x).toBe(2); // the top of a fact scale
	});
	it("gives the full result the quick check's level, so the two agree until the person changes an answer", () => {
		const quick = { alpha: 4, beta: 2 };
		const r = scoreAssessment(model, context, answersFromQuick(model, context, quick).answers);
		expect(r.dimensions.map((d) => d.level)).toEqual([4, 2]);
	});
});
