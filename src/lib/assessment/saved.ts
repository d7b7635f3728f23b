/**
 * Saved progress: one versioned localStorage key holds the assessment in progress.
 *
 * Stored JSON (format 1):
 *   { format: 1, modelVersion: number, context: Context | null,
 *     answers: { [practiceId]: optionIndex | "dont-know" | "not-applicable" },
 *     targets: { [dimensionId]: 1–5 }, step: number, updatedAt: ISO date }
 *
 * Reading it never throws and never deletes anything: a value that is not JSON, not this
 * shape, from an unknown format, from another model version, or naming practices the model does
 * not have comes back as a problem with a code (worded in messages.ts) and the raw text, so the
 * page can explain, offer the raw data for download, and only replace it when the person says so.
 * Migrations: none yet (model version 1 is the first); add a case to `migrate()` when a model
 * version changes practice ids.
 */
import '../zod-csp';
// zod/mini: the same checks as classic zod in a fraction of the bytes (this runs in the islands).
import * as z from 'zod/mini';
import { AUDIENCE_IDS, SCALE_IDS, SCOPE_IDS } from '../../schemas/ids';
import { findPractice, type Answers, type Context, type Model } from './model';

export const STORAGE_KEY = 'agentops:assessment';
export const SAVED_FORMAT = 1;

export const answerSchema = z.union([z.int().check(z.minimum(0), z.maximum(9)), z.literal('dont-know'), z.literal('not-applicable')]);
export const contextSchema = z.object({
	scale: z.enum(SCALE_IDS),
	audience: z.enum(AUDIENCE_IDS),
	scopes: z.array(z.enum(SCOPE_IDS)).check(z.minLength(1)),
});

export const savedSchema = z.object({
	format: z.literal(SAVED_FORMAT),
	modelVersion: z.int().check(z.minimum(1)),
	context: z.nullable(contextSchema),
	answers: z.record(z.string(), answerSchema),
	targets: z.record(z.string(), z.int().check(z.minimum(1), z.maximum(5))),
	step: z.int().check(z.minimum(0)),
	updatedAt: z.string(),
});
export type SavedState = z.infer<typeof savedSchema>;

export type LoadProblem = 'corrupt' | 'unknown-format' | 'other-model-version' | 'invalid-answers';
export type LoadResult =
	| { kind: 'empty' }
	| { kind: 'ok'; state: SavedState }
	| { kind: 'problem'; problem: LoadProblem; detail: string; raw: string };

export function emptyState(model: Model, now: Date = new Date()): SavedState {
	return { format: SAVED_FORMAT, modelVersion: model.meta.version, context: null, answers: {}, targets: {}, step: 0, updatedAt: now.toISOString() };
}

/** Problems with answers against the model: unknown practice ids or option indices out of range. */
export function answerProblems(model: Model, answers: Answers): string[] {
	const problems: string[] = [];
	for (const [id, answer] of Object.entries(answers)) {
		const practice = findPractice(model, id);
		if (!practice) problems.push(`unknown practice "${id}"`);
		else if (typeof answer === 'number' && answer >= model.meta.scales[practice.answerScale].length) {
			problems.push(`answer ${answer} is out of range for "${id}"`);
		}
	}
	return problems;
}

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
		return { kind: 'problem', problem: 'corrupt', detail: issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'wrong shape', raw };
	}
	const state = migrate(parsed.data, model);
	if (!state) return { kind: 'problem', problem: 'other-model-version', detail: `model version ${parsed.data.modelVersion}`, raw };
	const problems = answerProblems(model, state.answers);
	if (problems.length) return { kind: 'problem', problem: 'invalid-answers', detail: problems.slice(0, 3).join('; '), raw };
	return { kind: 'ok', state };
}

/** Bring a state to the current model version, or null when no mapping is known. */
export function migrate(state: SavedState, model: Model): SavedState | null {
	return state.modelVersion === model.meta.version ? state : null;
}

export function isContext(value: unknown): value is Context {
	return contextSchema.safeParse(value).success;
}
