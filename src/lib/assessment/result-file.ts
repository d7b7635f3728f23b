/**
 * The downloadable result: everything needed to read, re-score or compare an assessment later.
 * Format "agentops-assessment-result", formatVersion 1:
 *
 *   { format, formatVersion: 1, modelVersion, createdAt (ISO date),
 *     context: { scale, audience, scopes[] },
 *     answers: { [practiceId]: optionIndex | "dont-know" | "not-applicable" },
 *     targets: { [dimensionId]: 1–5 },
 *     result: { overall: { level, name, limitedBy[] },
 *               dimensions: [{ id, name, level, levelName, ceiling, score, applicable,
 *                              unknowns[], blockers[], strengths[] }] },
 *     roadmap: [{ phase, dimensionId, practiceId, level, action, why, doneWhen, effort, tools?, docs }] }
 *
 * `answers`, `context` and `modelVersion` are the source of truth; `result` and `roadmap` are
 * derived and included so the file reads on its own.
 */
import '../zod-csp';
import * as z from 'zod/mini';
import { levelName, type Answers, type Context, type Model } from './model';
import { buildRoadmap, normaliseTargets, type Targets } from './roadmap';
import { answerSchema, contextSchema } from './saved';
import { scoreAssessment } from './scoring';

export const RESULT_FORMAT = 'agentops-assessment-result';

const level = z.int().check(z.minimum(1), z.maximum(5));
export const resultFileSchema = z.object({
	format: z.literal(RESULT_FORMAT),
	formatVersion: z.literal(1),
	modelVersion: z.int().check(z.minimum(1)),
	createdAt: z.string(),
	context: contextSchema,
	answers: z.record(z.string(), answerSchema),
	targets: z.record(z.string(), level),
	result: z.object({
		overall: z.object({ level, name: z.string(), limitedBy: z.array(z.string()) }),
		dimensions: z.array(
			z.object({
				id: z.string(),
				name: z.string(),
				level,
				levelName: z.string(),
				ceiling: level,
				score: z.number().check(z.minimum(1), z.maximum(5)),
				applicable: z.boolean(),
				unknowns: z.array(z.string()),
				blockers: z.array(z.string()),
				strengths: z.array(z.string()),
			}),
		),
	}),
	roadmap: z.array(
		z.object({
			phase: z.enum(['now', 'next', 'later']),
			dimensionId: z.string(),
			practiceId: z.string(),
			level,
			action: z.string(),
			why: z.string(),
			doneWhen: z.string(),
			effort: z.enum(['small', 'medium', 'large']),
			tools: z.optional(z.string()),
			docs: z.string(),
		}),
	),
});
export type ResultFile = z.infer<typeof resultFileSchema>;

export function buildResultFile(model: Model, context: Context, answers: Answers, targets: Partial<Targets>, now: Date = new Date()): ResultFile {
	const result = scoreAssessment(model, context, answers);
	const finalTargets = normaliseTargets(result, targets);
	const names = new Map(model.dimensions.map((d) => [d.id, d.name]));
	return {
		format: RESULT_FORMAT,
		formatVersion: 1,
		modelVersion: model.meta.version,
		createdAt: now.toISOString(),
		context,
		answers,
		targets: finalTargets,
		result: {
			overall: { ...result.overall, name: levelName(result.overall.level) },
			dimensions: result.dimensions.map((d) => ({
				id: d.id,
				name: names.get(d.id) ?? d.id,
				level: d.level,
				levelName: levelName(d.level),
				ceiling: d.ceiling,
				score: d.score,
				applicable: d.applicable,
				unknowns: d.unknowns,
				blockers: d.blockers,
				strengths: d.strengths,
			})),
		},
		roadmap: buildRoadmap(model, result, finalTargets, context).map((s) => ({
			phase: s.phase,
			dimensionId: s.dimensionId,
			practiceId: s.practiceId,
			level: s.level,
			action: s.action,
			why: s.why,
			doneWhen: s.doneWhen,
			effort: s.effort,
			...(s.tools ? { tools: s.tools } : {}),
			docs: s.docs,
		})),
	};
}
