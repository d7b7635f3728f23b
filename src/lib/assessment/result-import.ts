/**
 * Reading a result file (the JSON the results page downloads) back in. The answers are the
 * source of truth: they are migrated to the current model, checked against it, and re-scored;
 * if the levels written in the file disagree with what its answers give, the file was edited by
 * hand and is refused rather than shown with levels nobody earned.
 */
import '../zod-csp';
import * as z from 'zod/mini';
import { formatOf, parseJsonText } from './json-text';
import { migrateAnswers, PAST_MODELS, type PastModel } from './migrations';
import { answerProblems, type Model } from './model';
import { RESULT_FORMAT } from './result-file';
import { isIsoDate } from '../iso-date';
import { planProblems } from './plan';
import { answerSchema, contextSchema, planSchema } from './saved-reader';
import { scoreAssessment } from './scoring';
import { fail, MAX_LABEL_LENGTH, type Decoded, type SharedAssessment } from './shared';

const level = z.int().check(z.minimum(1), z.maximum(5));
/** The result file's shape (written by result-file.ts); also published as result.schema.json. */
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
			owner: z.optional(z.string()),
			due: z.optional(z.string()),
			status: z.optional(z.string()),
		}),
	),
	/** The roadmap plan (owners, due dates, statuses); the roadmap entries repeat it for reading. */
	plan: z.optional(planSchema),
	/** The name or role the person chose to add, for a facilitator's team view. */
	respondent: z.optional(
		z.string().check(
			z.minLength(1),
			z.maxLength(MAX_LABEL_LENGTH),
			z.refine((s) => !/\p{Cc}/u.test(s), 'no control characters'),
		),
	),
});
export type ResultFile = z.infer<typeof resultFileSchema>;

export function decodeResultJson(json: unknown, model: Model, past: PastModel[] = PAST_MODELS): Decoded<SharedAssessment> {
	const format = formatOf(json);
	if (format !== RESULT_FORMAT)
		return fail('not-ours', typeof format === 'string' ? `a file of format "${format.slice(0, 60)}"` : 'not an assessment result file');
	const formatVersion = (json as { formatVersion?: unknown }).formatVersion;
	if (formatVersion !== 1) return fail('unknown-format', `format version ${String(formatVersion).slice(0, 20)}`);
	const parsed = resultFileSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return fail('malformed', `${issue.path.join('.') || 'value'}: ${issue.message}`);
	}
	const file = parsed.data;
	if (!isIsoDate(file.createdAt)) return fail('malformed', 'createdAt is not an ISO 8601 date between 2020 and 2100');
	const planIssues = file.plan ? planProblems(file.plan) : [];
	if (planIssues.length) return fail('malformed', planIssues.join('; '));
	const migrated = migrateAnswers(file.modelVersion, file.answers, model, past);
	if ('problem' in migrated) return fail(migrated.problem, migrated.detail);
	const problems = answerProblems(model, migrated.answers);
	if (problems.length) return fail('invalid-answers', problems.slice(0, 3).join('; '));
	if (file.modelVersion === model.meta.version) {
		const result = scoreAssessment(model, file.context, file.answers);
		const written = new Map(file.result.dimensions.map((d) => [d.id, d.level]));
		const differs = result.dimensions.find((d) => written.get(d.id) !== d.level);
		if (differs || file.result.overall.level !== result.overall.level) {
			return fail(
				'tampered',
				differs
					? `the level written for "${differs.id}" does not follow from the answers`
					: 'the overall level does not follow from the answers',
			);
		}
	}
	const value: SharedAssessment = {
		modelVersion: model.meta.version,
		createdAt: file.createdAt,
		context: file.context,
		answers: migrated.answers,
		targets: file.targets,
		...(file.plan ? { plan: file.plan } : {}),
		...(file.respondent ? { respondent: file.respondent } : {}),
	};
	return migrated.report ? { ok: true, value, migratedFrom: file.modelVersion, migration: migrated.report } : { ok: true, value };
}

export function decodeResultFile(text: string, model: Model, past: PastModel[] = PAST_MODELS): Decoded<SharedAssessment> {
	const json = parseJsonText(text);
	return json.ok ? decodeResultJson(json.value, model, past) : json;
}
