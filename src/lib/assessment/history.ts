/**
 * History: completed assessments kept in this browser as dated snapshots, under their own
 * versioned localStorage key so a problem with one never touches the other.
 *
 * Stored JSON (history format 1), also the "export all" file:
 *   { format: "agentops-assessment-history", formatVersion: 1,
 *     snapshots: [{ id, name, createdAt (ISO), modelVersion, context, answers, targets }] }
 *
 * Reading never throws and never deletes: unreadable history comes back as a problem with the
 * raw text, and the store refuses to write over it until the person has downloaded it or chosen
 * to start a new history (which first sets it aside in the backups list, backups.ts). A snapshot made with a model version this
 * site cannot read is kept as it is and listed as unusable, never dropped. Reading and its zod
 * schemas are in history-reader.ts; this module holds no zod.
 */
import type { History, Snapshot } from './history-reader';
import { migrateAnswers, PAST_MODELS, type MigrationReport, type PastModel } from './migrations';
import { answerProblems, type Model } from './model';
import { MAX_FILE_CHARS } from './json-text';
import { MAX_SNAPSHOTS } from './limits';
import type { InputProblem, SharedAssessment } from './shared';

export type { History, Snapshot };

export const HISTORY_KEY = 'agentops:history';
export const HISTORY_FORMAT = 'agentops-assessment-history';
export { MAX_SNAPSHOTS };
/**
 * Whether a history may be kept: at most MAX_SNAPSHOTS and, written out, no larger than any file
 * the site reads (MAX_FILE_CHARS), which is also the limit its own reader applies. A count alone let
 * 500 snapshots of a few kilobytes each outgrow the read limit, and the history refused itself.
 */
export const fitsHistory = (h: History) => h.snapshots.length <= MAX_SNAPSHOTS && JSON.stringify(h).length <= MAX_FILE_CHARS;

export const emptyHistory = (): History => ({ format: HISTORY_FORMAT, formatVersion: 1, snapshots: [] });

export type HistoryLoad = { kind: 'ok'; history: History } | { kind: 'problem'; problem: InputProblem; detail: string; raw: string };

/** A snapshot as the current model reads it, or why it cannot be read. */
export function snapshotAssessment(
	snapshot: Snapshot,
	model: Model,
	past: PastModel[] = PAST_MODELS,
): { ok: true; value: SharedAssessment; migration?: MigrationReport } | { ok: false; problem: InputProblem; detail: string } {
	const migrated = migrateAnswers(snapshot.modelVersion, snapshot.answers, model, past);
	if ('problem' in migrated) return { ok: false, ...migrated };
	const problems = answerProblems(model, migrated.answers);
	if (problems.length) return { ok: false, problem: 'invalid-answers', detail: problems.slice(0, 3).join('; ') };
	const value = {
		modelVersion: model.meta.version,
		createdAt: snapshot.createdAt,
		context: snapshot.context,
		answers: migrated.answers,
		targets: snapshot.targets,
	};
	return migrated.report ? { ok: true, value, migration: migrated.report } : { ok: true, value };
}

const sameAnswers = (a: Snapshot, b: Pick<SharedAssessment, 'modelVersion' | 'context' | 'answers'>) =>
	a.modelVersion === b.modelVersion &&
	JSON.stringify(a.context) === JSON.stringify(b.context) &&
	JSON.stringify(sorted(a.answers)) === JSON.stringify(sorted(b.answers));
const sorted = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).sort(([x], [y]) => x.localeCompare(y)));

/** The same assessment: made at the same moment with the same answers (one result file imported twice). */
const sameSnapshot = (a: Snapshot, b: Pick<SharedAssessment, 'createdAt' | 'modelVersion' | 'context' | 'answers'>) =>
	a.createdAt === b.createdAt && sameAnswers(a, b);

/**
 * Add a completed assessment. Reaching the results again with the same answers does not add a
 * copy: the newest snapshot with identical answers just takes the new targets; an assessment
 * already kept (same moment, same answers) is not added twice. A full history takes nothing and
 * says so (`full`): the oldest snapshots are never dropped to make room.
 */
export function addSnapshot(
	history: History,
	shared: SharedAssessment,
	id: string,
	name: string,
): { history: History; added: boolean; id: string; full?: true } {
	const kept = history.snapshots.find((s) => sameSnapshot(s, shared));
	if (kept && kept !== history.snapshots.at(-1)) return { history, added: false, id: kept.id };
	const newest = history.snapshots.at(-1);
	if (newest && sameAnswers(newest, shared)) {
		const targets = shared.targets as Record<string, number>;
		if (JSON.stringify(sorted(newest.targets)) === JSON.stringify(sorted(targets))) return { history, added: false, id: newest.id };
		return { history: { ...history, snapshots: [...history.snapshots.slice(0, -1), { ...newest, targets }] }, added: false, id: newest.id };
	}
	const snapshot: Snapshot = {
		id,
		name,
		createdAt: shared.createdAt,
		modelVersion: shared.modelVersion,
		context: shared.context,
		answers: shared.answers,
		targets: shared.targets as Record<string, number>,
	};
	const next = { ...history, snapshots: [...history.snapshots, snapshot] };
	if (!fitsHistory(next)) return { history, added: false, id, full: true };
	return { history: next, added: true, id };
}

export function renameSnapshot(history: History, id: string, name: string): History {
	const clean = name.trim().slice(0, 120);
	return { ...history, snapshots: history.snapshots.map((s) => (s.id === id && clean ? { ...s, name: clean } : s)) };
}

export function deleteSnapshot(history: History, id: string): History {
	return { ...history, snapshots: history.snapshots.filter((s) => s.id !== id) };
}

/**
 * Merge an imported history: snapshots already here (the same id, or the same moment and answers)
 * are skipped, the rest added in date order.
 */
export function mergeHistory(history: History, incoming: History): { history: History; added: number; skipped: number; full: boolean } {
	const have = new Set(history.snapshots.map((s) => s.id));
	const fresh = incoming.snapshots.filter((s) => !have.has(s.id) && !history.snapshots.some((h) => sameSnapshot(h, s)));
	const snapshots = [...history.snapshots, ...fresh].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
	const next = { ...history, snapshots };
	if (!fitsHistory(next)) return { history, added: 0, skipped: incoming.snapshots.length, full: true };
	return { history: next, added: fresh.length, skipped: incoming.snapshots.length - fresh.length, full: false };
}
