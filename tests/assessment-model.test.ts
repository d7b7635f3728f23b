/**
 * The assessment model's authoring rules (src/content/assessment/README.md), run on the real
 * model. Each rule's problems name the dimension file, the practice and the rule.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../src/lib/assessment/model';
import * as rules from '../src/lib/assessment/model-rules';
import { realModel } from './real-model';

// The model as the build reads it (Astro's loaders and schemas); these are the rules on top.
let model: Model;
beforeAll(async () => {
	model = await realModel();
});

describe('assessment model rules', () => {
	test('eleven dimensions', () => expect(model.dimensions.map((d) => d.id)).toHaveLength(11));
	test.each([
		['one condition per statement, neutral voice', rules.statementProblems],
		['the scale fits the statement', rules.scaleProblems],
		['each audience reads its own words', rules.vocabularyProblems],
		['two or more practices per level that applies', rules.densityProblems],
		['a household using chat answers at most 30 questions', rules.householdProblems],
		['equivalents and dependencies name real practices, without cycles', rules.referenceProblems],
		['critical controls come before autonomy, one per level', rules.criticalProblems],
	])('%s', (_, rule) => expect(rule(model)).toEqual([]));
});
