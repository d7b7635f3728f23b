/**
 * Saved progress: one versioned localStorage key holds the assessment in progress.
 *
 * Stored JSON (format 1):
 *   { format: 1, modelVersion: number, context: Context | null,
 *     answers: { [practiceId]: optionIndex | "dont-know" | "not-applicable" },
 *     targets: { [dimensionId]: 1–5 }, step: number, updatedAt: ISO date,
 *     fromQuick?: { [dimensionId]: 1–5 },   (answers pre-filled from the quick check, to confirm)
 *     plan?: { start: YYYY-MM-DD, steps: { [practiceId]: { owner?, due?: YYYY-MM-DD, status? } } } }
 *   (the roadmap plan, plan.ts; optional, so progress saved before it existed reads unchanged)
 *
 * Reading it (saved-reader.ts) never throws and never deletes anything: a value that cannot be
 * used comes back as a problem with the raw text, so the page can explain, offer the raw data for
 * download, and only replace it when the person says so. This module holds no zod.
 * Migrations: progress saved with an older model goes through the same migrateAnswers() as share
 * links, files and history (migrations.ts); it restarts at the first step, since the steps changed.
 */
import { migrateAnswers, type MigrationReport } from './migrations';
import type { Model } from './model';
import type { SavedState } from './saved-reader';

export type { SavedState };

export const STORAGE_KEY = 'agentops:assessment';
export const SAVED_FORMAT = 1;

export type LoadProblem = 'corrupt' | 'unknown-format' | 'other-model-version' | 'invalid-answers';
export type LoadResult =
	| { kind: 'empty' }
	| { kind: 'ok'; state: SavedState; migration?: MigrationReport }
	| { kind: 'problem'; problem: LoadProblem; detail: string; raw: string };

export function emptyState(model: Model, now: Date = new Date()): SavedState {
	return {
		format: SAVED_FORMAT,
		modelVersion: model.meta.version,
		context: null,
		answers: {},
		targets: {},
		step: 0,
		updatedAt: now.toISOString(),
	};
}

/** Bring a state to the current model version, or null when no mapping is known. */
export function migrate(state: SavedState, model: Model): { state: SavedState; migration?: MigrationReport } | null {
	if (state.modelVersion === model.meta.version) return { state };
	const migrated = migrateAnswers(state.modelVersion, state.answers, model);
	if ('problem' in migrated) return null;
	const next = { ...state, modelVersion: model.meta.version, answers: migrated.answers, step: 0 };
	return migrated.report ? { state: next, migration: migrated.report } : { state: next };
}
