/**
 * Reading saved progress back (see saved.ts for the stored format). Never throws and never
 * deletes: a value that is not JSON, not this shape, from an unknown format, from another model
 * version, or naming practices the model does not have comes back as a problem with a code
 * (worded in messages.ts) and the raw text. Holds the zod schemas, so islands load it only when
 * there is something to read (lib/assessment/readers.ts).
 */
import '../zod-csp';
// zod/mini: the same checks as classic zod in a fraction of the bytes (this runs in the islands).
import * as z from 'zod/mini';
import { AUDIENCE_IDS, SCALE_IDS, SCOPE_IDS } from '../../schemas/ids';
import { answerProblems, type Model } from './model';
import { PLAN_LIMITS, planProblems, STEP_STATUSES } from './plan';
import { migrate, SAVED_FORMAT, type LoadResult } from './saved';

export const answerSchema = z.union([z.int().check(z.minimum(0), z.maximum(9)), z.literal('dont-know'), z.literal('not-applicable')]);
export const contextSchema = z.object({
	scale: z.enum(SCALE_IDS),
	audience: z.enum(AUDIENCE_IDS),
	scopes: z.array(z.enum(SCOPE_IDS)).check(z.minLength(1)),
});

/** The roadmap plan's shape (plan.ts holds its meaning rules): owners, due dates and statuses per step. */
export const planSchema = z.object({
	start: z.string().check(z.maxLength(10)),
	steps: z.record(
		z.string().check(z.maxLength(100)),
		z.object({
			owner: z.optional(z.string().check(z.maxLength(PLAN_LIMITS.owner))),
			due: z.optional(z.string().check(z.maxLength(10))),
			status: z.optional(z.enum(STEP_STATUSES)),
		}),
	),
});

export const savedSchema = z.object({
	format: z.literal(SAVED_FORMAT),
	modelVersion: z.int().check(z.minimum(1)),
	context: z.nullable(contextSchema),
	answers: z.record(z.string(), answerSchema),
	targets: z.record(z.string(), z.int().check(z.minimum(1), z.maximum(5))),
	step: z.int().check(z.minimum(0)),
	updatedAt: z.string(),
	/** Set when answers were pre-filled from the quick check: the level chosen per dimension. */
	fromQuick: z.optional(z.record(z.string(), z.int().check(z.minimum(1), z.maximum(5)))),
	/** Owners, due dates and statuses the person gave roadmap steps. */
	plan: z.optional(planSchema),
});
export type SavedState = z.infer<typeof savedSchema>;

export function parseSaved(raw: string | null, model: Model): LoadResult {
	if (raw === null || raw === '') return { kind: 'empty' };
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { kind: 'problem', problem: 'corrupt', detail: 'not valid JSON', raw };
	}
	const format = (json as { format?: unknown } | null)?.format;
	if (typeof json === 'object' && json !== null && format !== SAVED_FORMAT && typeof format === 'number') {
		return { kind: 'problem', problem: 'unknown-format', detail: `format ${format}`, raw };
	}
	const parsed = savedSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return {
			kind: 'problem',
			problem: 'corrupt',
			detail: issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'wrong shape',
			raw,
		};
	}
	const planIssues = parsed.data.plan ? planProblems(parsed.data.plan) : [];
	if (planIssues.length) return { kind: 'problem', problem: 'corrupt', detail: planIssues.join('; '), raw };
	const migrated = migrate(parsed.data, model);
	if (!migrated) return { kind: 'problem', problem: 'other-model-version', detail: `model version ${parsed.data.modelVersion}`, raw };
	const problems = answerProblems(model, migrated.state.answers);
	if (problems.length) return { kind: 'problem', problem: 'invalid-answers', detail: problems.slice(0, 3).join('; '), raw };
	return { kind: 'ok', ...migrated };
}
