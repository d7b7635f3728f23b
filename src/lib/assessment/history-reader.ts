/**
 * Reading a history back (stored, or imported from an "export all" file; the format is in
 * history.ts). Holds the zod schemas, so islands load it only when there is something to read
 * (lib/assessment/readers.ts).
 */
import '../zod-csp';
import * as z from 'zod/mini';
import { emptyHistory, HISTORY_FORMAT, MAX_SNAPSHOTS, type HistoryLoad } from './history';
import { formatOf, parseJsonText } from './json-text';
import { isIsoDate } from '../iso-date';
import { answerSchema, contextSchema } from './saved-reader';
import type { InputProblem } from './shared';

export const snapshotSchema = z.object({
	/** Stable id, unique in this history. */
	id: z.string().check(z.minLength(1), z.maxLength(64)),
	/** The name the person gave it (defaults to the date). */
	name: z.string().check(z.maxLength(120)),
	/** When the assessment was completed (ISO date). */
	createdAt: z.string().check(z.refine((s) => isIsoDate(s), 'not an ISO 8601 date-time between 2020 and 2100')),
	/** The assessment model version the answers were given against. */
	modelVersion: z.int().check(z.minimum(1)),
	context: contextSchema,
	answers: z.record(z.string(), answerSchema),
	targets: z.record(z.string(), z.int().check(z.minimum(1), z.maximum(5))),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const historySchema = z.object({
	format: z.literal(HISTORY_FORMAT),
	formatVersion: z.literal(1),
	snapshots: z.array(snapshotSchema).check(z.maxLength(MAX_SNAPSHOTS)),
});
export type History = z.infer<typeof historySchema>;

/** Validate a history value (stored or imported). */
export function parseHistoryJson(json: unknown): { ok: true; history: History } | { ok: false; problem: InputProblem; detail: string } {
	const format = formatOf(json);
	if (format !== HISTORY_FORMAT) return { ok: false, problem: 'not-ours', detail: 'not an assessment history' };
	if ((json as { formatVersion?: unknown }).formatVersion !== 1)
		return {
			ok: false,
			problem: 'unknown-format',
			detail: `format version ${String((json as { formatVersion?: unknown }).formatVersion).slice(0, 20)}`,
		};
	const parsed = historySchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return {
			ok: false,
			problem: issue.code === 'too_big' ? 'too-large' : 'malformed',
			detail: `${issue.path.join('.') || 'value'}: ${issue.message}`,
		};
	}
	const ids = new Set<string>();
	for (const s of parsed.data.snapshots) {
		if (ids.has(s.id)) return { ok: false, problem: 'malformed', detail: `snapshot id "${s.id.slice(0, 64)}" appears twice` };
		ids.add(s.id);
	}
	return { ok: true, history: parsed.data };
}

export function parseHistory(raw: string | null): HistoryLoad {
	if (raw === null || raw === '') return { kind: 'ok', history: emptyHistory() };
	const json = parseJsonText(raw);
	if (!json.ok) return { kind: 'problem', problem: json.problem === 'not-ours' ? 'malformed' : json.problem, detail: json.detail, raw };
	const parsed = parseHistoryJson(json.value);
	return parsed.ok
		? { kind: 'ok', history: parsed.history }
		: { kind: 'problem', problem: parsed.problem === 'not-ours' ? 'malformed' : parsed.problem, detail: parsed.detail, raw };
}
