/**
 * Property-based tests of the scoring rules (see scoring.ts) over many generated contexts and
 * answer sets, on the real model and on the hand-made fixture model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realModel } from '../../../tests/real-model';
import { model as fixture } from '../../../tests/fixtures/model';
import { AUDIENCE_IDS, SCALE_IDS, SCOPE_IDS } from '../../schemas/ids';
import { allPractices, type Answer, type Answers, type Context, type Model } from './model';
import { scoreAssessment, type AssessmentResult } from './scoring';
import { buildRoadmap, defaultTargets } from './roadmap';

const models: [string, Model][] = [
	['the real model', await realModel()],
	['the fixture model', fixture],
];

const arbContext = fc.record({
	scale: fc.constantFrom(...SCALE_IDS),
	audience: fc.constantFrom(...AUDIENCE_IDS),
	scopes: fc.subarray([...SCOPE_IDS], { minLength: 1 }),
}) as fc.Arbitrary<Context>;

/** Where an answer sits on its scale: unanswered and "Don't know" count as the bottom rung. */
const rung = (a: Answer | undefined): number => (a === undefined || a === 'dont-know' ? 0 : a === 'not-applicable' ? -1 : a);

function arbAnswers(model: Model): fc.Arbitrary<Answers> {
	const entries = allPractices(model).map(({ practice }) => {
		const size = model.meta.scales[practice.answerScale].length;
		const answer = fc.oneof(
			fc.integer({ min: 0, max: size - 1 }),
			fc.constant('dont-know' as const),
			fc.constant('not-applicable' as const),
		);
		return fc.option(answer, { nil: undefined }).map((a) => [practice.id, a] as const);
	});
	return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, a]) => a !== undefined)) as Answers);
}

const levels = (r: AssessmentResult) => r.dimensions.map((d) => d.level);

describe.each(models)('scoring properties on %s', (_name, model) => {
	const practices = allPractices(model).map(({ practice }) => practice);
	const size = (id: string) => model.meta.scales[practices.find((p) => p.id === id)!.answerScale].length;
	/** Move one answer up the scale by `steps` rungs (not past the top); N/A is not on the scale. */
	const raise = (answers: Answers, id: string, steps: number): Answers | null => {
		const from = rung(answers[id]);
		if (from < 0 || from + steps >= size(id)) return null;
		return { ...answers, [id]: from + steps };
	};
	const arbMove = fc.tuple(arbContext, arbAnswers(model), fc.constantFrom(...practices.map((p) => p.id)));

	it('monotone: raising any answer never lowers any score or level', () => {
		fc.assert(
			fc.property(arbMove, fc.integer({ min: 1, max: 3 }), ([context, answers, id], steps) => {
				const after = raise(answers, id, steps);
				if (!after) return;
				const a = scoreAssessment(model, context, answers);
				const b = scoreAssessment(model, context, after);
				expect(b.overall.level).toBeGreaterThanOrEqual(a.overall.level);
				b.dimensions.forEach((d, i) => {
					expect(d.level).toBeGreaterThanOrEqual(a.dimensions[i]!.level);
					expect(d.score).toBeGreaterThanOrEqual(a.dimensions[i]!.score);
				});
			}),
			{ numRuns: 400 },
		);
	});

	it("stable: moving one answer by one step moves any dimension's level by at most one", () => {
		fc.assert(
			fc.property(arbMove, ([context, answers, id]) => {
				const after = raise(answers, id, 1);
				if (!after) return;
				const a = levels(scoreAssessment(model, context, answers));
				const b = levels(scoreAssessment(model, context, after));
				b.forEach((level, i) => expect(Math.abs(level - a[i]!)).toBeLessThanOrEqual(1));
			}),
			{ numRuns: 600 },
		);
	});

	it('consistent: the level is the score read off, so a score a point higher never shows a lower level', () => {
		fc.assert(
			fc.property(arbContext, arbAnswers(model), arbContext, arbAnswers(model), (c1, a1, c2, a2) => {
				const dims = [...scoreAssessment(model, c1, a1).dimensions, ...scoreAssessment(model, c2, a2).dimensions];
				for (const d of dims) {
					expect(d.level).toBeLessThanOrEqual(d.score);
					expect(d.score).toBeLessThan(d.level + 1);
				}
				for (const x of dims) for (const y of dims) if (x.score >= y.score + 1) expect(x.level).toBeGreaterThan(y.level);
			}),
			{ numRuns: 150 },
		);
	});

	it('all "not in place" gives level 1 everywhere', () => {
		fc.assert(
			fc.property(arbContext, fc.constantFrom<Answer>(0, 'dont-know'), (context, answer) => {
				const r = scoreAssessment(model, context, Object.fromEntries(practices.map((p) => [p.id, answer])));
				expect(r.dimensions.every((d) => d.level === 1 && d.score === 1)).toBe(true);
				expect(r.overall.level).toBe(1);
			}),
		);
	});

	const allFull = (): Answers => Object.fromEntries(practices.map((p) => [p.id, size(p.id) - 1]));

	it('all "fully in place" gives 5 with every scope, and each dimension\'s ceiling in any context', () => {
		const every: Context = { scale: 'organization', audience: 'enterprises', scopes: [...SCOPE_IDS] };
		const r = scoreAssessment(model, every, allFull());
		expect(r.dimensions.every((d) => d.level === 5 && d.score === 5)).toBe(true);
		expect(r.overall.level).toBe(5);
		fc.assert(
			fc.property(arbContext, (context) => {
				const x = scoreAssessment(model, context, allFull());
				for (const d of x.dimensions.filter((d) => d.applicable)) expect([d.level, d.score]).toEqual([d.ceiling, d.ceiling]);
				expect(x.overall.limitedBy).toEqual([]);
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
				expect(buildRoadmap(model, b, defaultTargets(b), context)).toEqual(buildRoadmap(model, a, defaultTargets(a), context));
			}),
			{ numRuns: 150 },
		);
	});

	it('the roadmap holds exactly what the targets need, plus missing prerequisites, each after what it needs', () => {
		fc.assert(
			fc.property(arbContext, arbAnswers(model), (context, answers) => {
				const r = scoreAssessment(model, context, answers);
				const targets = defaultTargets(r);
				const steps = buildRoadmap(model, r, targets, context);
				for (const d of r.dimensions) {
					const target = targets[d.id]!;
					const expected =
						d.applicable && target > d.level
							? d.practices
									.filter((p) => p.value !== null && p.value < 1 && p.level <= target)
									.map((p) => p.id)
									.sort()
							: [];
					expect(
						steps
							.filter((s) => s.dimensionId === d.id && !s.neededFor)
							.map((s) => s.practiceId)
							.sort(),
					).toEqual(expected);
				}
				const position = new Map(steps.map((s, i) => [s.practiceId, i]));
				for (const s of steps) {
					for (const dep of s.after) expect(position.get(dep)!).toBeLessThan(position.get(s.practiceId)!);
					for (const other of s.neededFor ?? []) expect(steps.find((x) => x.practiceId === other)!.after).toContain(s.practiceId);
				}
			}),
			{ numRuns: 150 },
		);
	});
});
