/**
 * The personas (src/content/assessment/personas.yaml) are the model's acceptance test: for each,
 * the levels the real scoring functions compute from its answers must be the levels a
 * knowledgeable practitioner gives it (the table in the file, with the reasoning beside it).
 */
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { realModel } from './real-model';
import { questionCount } from '../src/lib/assessment/model-rules';
import { personaAnswers } from '../src/lib/assessment/personas';
import { scoreAssessment, scoreQuickCheck } from '../src/lib/assessment/scoring';

const model = await realModel();
const personas = (await getCollection('personas')).map((p) => p.data).sort((a, b) => a.order - b.order);

describe('personas', () => {
	it('cover the eight kinds of people the assessment is for', () => {
		expect(personas.length).toBeGreaterThanOrEqual(8);
		expect(new Set(personas.map((p) => p.context.audience)).size).toBe(4);
		expect(personas.some((p) => p.context.scale === 'household')).toBe(true);
	});

	it.each(personas.map((p) => [p.name, p] as const))('%s gets the levels a practitioner would give', (_name, persona) => {
		const result = scoreAssessment(model, persona.context, personaAnswers(model, persona));
		const levels = Object.fromEntries(result.dimensions.map((d) => [d.id, d.level]));
		for (const id of Object.keys(persona.expected.dimensions)) expect(levels, `unknown dimension ${id}`).toHaveProperty(id);
		expect({
			overall: result.overall.level,
			dimensions: Object.fromEntries(Object.keys(persona.expected.dimensions).map((id) => [id, levels[id]])),
		}).toEqual(persona.expected);
		expect(result.overall.level === 1 || result.overall.limitedBy.length > 0 || result.dimensions.every((d) => d.level === d.ceiling)).toBe(
			true,
		);
	});

	// Issue 15: the quick check must not promise a level the full assessment takes back, or the
	// reverse. Every story persona carries a quick check answered independently of its full answers.
	const stories = personas.filter((p) => p.quick);
	it('the six story personas carry a quick check', () => expect(stories.length).toBeGreaterThanOrEqual(6));
	it.each(stories.map((p) => [p.name, p] as const))(
		'%s: quick check and full assessment agree within one level per dimension',
		(_name, persona) => {
			const full = scoreAssessment(model, persona.context, personaAnswers(model, persona));
			const quick = scoreQuickCheck(model, persona.quick!);
			expect(Object.keys(persona.quick!).sort()).toEqual(model.dimensions.map((d) => d.id).sort());
			const apart = full.dimensions.flatMap((d) => {
				const q = quick.dimensions.find((x) => x.id === d.id)!.level;
				return Math.abs(q - d.level) > 1 ? [`${d.id}: quick ${q}, full ${d.level}`] : [];
			});
			expect(apart).toEqual([]);
		},
	);

	it('a household using chat answers at most 30 questions; unknowns are reported as unknowns', () => {
		const household = personas.find((p) => p.context.scale === 'household')!;
		expect(questionCount(model, household.context)).toBeLessThanOrEqual(30);
		const unsure = personas.find((p) => p.levels[3] === 'dont-know')!;
		const result = scoreAssessment(model, unsure.context, personaAnswers(model, unsure));
		expect(result.dimensions.reduce((n, d) => n + d.unknowns.length, 0)).toBeGreaterThan(50);
	});
});
