import { describe, expect, it } from 'vitest';
import { model } from '../../../tests/fixtures/model';
import type { Model } from './model';
import { vocabularyProblems } from './model-rules';

/** The fixture model with one practice changed. */
function withPractice(id: string, change: Record<string, unknown>): Model {
	return {
		...model,
		dimensions: model.dimensions.map((d) => ({ ...d, practices: d.practices.map((p) => (p.id === id ? { ...p, ...change } : p)) })),
	};
}

describe('vocabularyProblems: each audience reads its own words', () => {
	it('finds household words in what a software team reads', () => {
		expect(vocabularyProblems(withPractice('a2', { action: 'Add an AI slot to the monthly family meeting.' }))).toContainEqual(
			expect.stringMatching(/a2.*platform-teams read "family" in action/),
		);
	});
	it('finds engineering words in the tools a household is offered', () => {
		const problems = vocabularyProblems(withPractice('a2', { tools: { families: 'A gateway deployed in the cluster' } }));
		expect(problems.some((p) => /a2.*families read ".+" in tools/.test(p))).toBe(true);
	});
	it('accepts the same words in the audience they belong to', () => {
		expect(
			vocabularyProblems(
				withPractice('a2', { tools: { families: 'A shared password manager', 'platform-teams': 'LiteLLM in the cluster' } }),
			),
		).toEqual(vocabularyProblems(model));
	});
});
