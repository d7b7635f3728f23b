/** Property-based tests of the scoring rules over many generated answer sets, on the real model. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../tests/load-content';
import { model as fixture } from '../../../tests/fixtures/model';
import { SCOPE_IDS } from '../../schemas/assessment';
import { allPractices, type Answer, type Answers, type Context, type Model } from './model';
import { scoreAssessment } from './scoring';
import { buildRoadmap, defaultTargets } from './roadmap';

const models: [string, Model][] = [
	['the real model', loadModel()],
	['the fixture model', fixture],
];

/** An answer that can be raised: undefined (unanswered), "dont-know" or an option index. */
const rankOf = (a: Answer | undefined): number => (a === undefined || a === 'dont-know' ? -1 : a === 'not-applicable' ? -2 : a);

const arbContext = fc.record({
	scale: fc.constantFrom('personal', 'team', 'organization', 'institutional' as const),
	audience: fc.constantFrom('creators', 'families', 'enterprises', 'platform-teams' as const),
	scopes: fc.subarray([...SCOPE_IDS], { minLength: 1 }),
}) as fc.Arbitrary<Context>;

function arbAnswers(model: Model): fc.Arbitrary<Answers> {
	const entries = allPractices(model).map(({ practice }) => {
		const size = model.meta.scales[practice.answerScale].length;
		return fc.option(fc.oneof(fc.integer({ min: 0, max: size - 1 }), fc.constant('dont-know' as const), fc.constant('not-applicable' as const)), { nil: undefined }).map((a) => [practice.id, a] as const);
	});
	return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, a]) => a !== undefined)) as Answers);
}

describe.each(models)('scoring properties on %s', (_name, model) => {
	const ids = allPractices(model).map(({ practice }) => practice.id);
	const everyContext: Context = { scale: 'team', audience: 'enterprises', scopes: [...SCOPE_IDS] };

	it('raising any answer never lowers any score or level', () => {
		fc.assert(
			fc.property(arbContext, arbAnswers(model), fc.constantFrom(...ids), fc.nat(), (context, answers, id, pick) => {
				const current = answers[id];
				if (current === 'not-applicable') return; // N/A is outside the scale, not a rung on it
				const practice = allPractices(model).find((p) => p.practice.id === id)!.practice;
				const size = model.meta.scales[practice.answerScale].length;
				const higher = rankOf(current) + 1 + (pick % Math.max(1, size - 1 - rankOf(current)));
				if (higher >= size) return;
				const before = scoreAssessment(model, context, answers);
				const after = scoreAssessment(model, context, { ...answers, [id]: higher });
				expect(after.overall.level).toBeGreaterThanOrEqual(before.overall.level);
				after.dimensions.forEach((d, i) => {
					expect(d.level).toBeGreaterThanOrEqual(before.dimensions[i]!.level);
					expect(d.score).toBeGreaterThanOrEqual(before.dimensions[i]!.score);
				});
			}),
			{ numRuns: 500 },
		);
	});

	it('all "not in place" gives level 1 everywhere', () => {
		fc.assert(
			fc.property(fc.constantFrom<Answer>(0, 'dont-know'), (answer) => {
				const answers = Object.fromEntries(ids.map((id) => [id, answer]));
				const r = scoreAssessment(model, everyContext, answers);
				expect(r.dimensions.every((d) => d.level === 1 && d.score === 1)).toBe(true);
				expect(r.overall.level).toBe(1);
			}),
		);
	});

	const allFull = () => Object.fromEntries(allPractices(model).map(({ practice }) => [practice.id, model.meta.scales[practice.answerScale].length - 1]));

	it('all "fully in place" gives level 5 everywhere', () => {
		const r = scoreAssessment(model, everyContext, allFull());
		expect(r.dimensions.every((d) => d.level === 5 && d.score === 5)).toBe(true);
		expect(r.overall.level).toBe(5);
	});

	it('with fewer scopes, all "fully in place" reaches each dimension\'s ceiling and no further', () => {
		fc.assert(
			fc.property(arbContext, (context) => {
				const r = scoreAssessment(model, context, allFull());
				for (const d of r.dimensions.filter((d) => d.applicable)) {
					expect(d.level).toBe(d.ceiling);
					expect(d.score).toBe(d.ceiling);
				}
			}),
		);
	});

	it('the result depends only on the answers and the model', () => {
		fc.assert(
			fc.property(arbContext, arbAnswers(model), (context, answers) => {
				const shuffled = Object.fromEntries(Object.entries(answers).reverse());
				const a = scoreAssessment(model, context, answers);
				const b = scoreAssessment(structuredClone(model), { ...context }, shuffled);
				expect(b).toEqual(a);
				const roadmapA = buildRoadmap(model, a, defaultTargets(a), context);
				expect(buildRoadmap(model, b, defaultTargets(b), context)).toEqual(roadmapA);
			}),
			{ numRuns: 200 },
		);
	});

	it('the roadmap holds exactly the missing applicable practices up to each target', () => {
		fc.assert(
			fc.property(arbContext, arbAnswers(model), (context, answers) => {
				const r = scoreAssessment(model, context, answers);
				const targets = defaultTargets(r);
				const steps = buildRoadmap(model, r, targets, context);
				for (const d of r.dimensions) {
					const expected = d.applicable ? d.practices.filter((p) => p.level > d.level && p.level <= targets[d.id]! && p.status !== 'in-place' && p.status !== 'not-applicable').map((p) => p.id).sort() : [];
					expect(steps.filter((s) => s.dimensionId === d.id).map((s) => s.practiceId).sort()).toEqual(expected);
				}
			}),
			{ numRuns: 200 },
		);
	});
});
