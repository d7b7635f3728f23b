/**
 * Saved progress: one versioned localStorage key holds the assessment in progress.
 *
 * Stored JSON (format 1):
 *   { format: 1, modelVersion: number, context: Context | null,
 *     answers: { [practiceId]: optionIndex | "dont-know" | "not-applicable" },
 *     targets: { [dimensionId]: 1–5 }, step: number, updatedAt: ISO date }
 *
 * Reading it (saved-reader.ts) never throws and never deletes anything: a value that cannot be
 * used comes back as a problem with the raw text, so the page can explain, offer the raw data for
 * download, and only replace it when the person says so. This module holds no zod.
 * Migrations: none yet (model version 1 is the first); add a case to `migrate()` when a model
 * version changes practice ids.
 */
import type { Model } from './model';
import type { SavedState } from './saved-reader';

export type { SavedState };

export const STORAGE_KEY = 'agentops:assessment';
export const SAVED_FORMAT = 1;

export type LoadProblem = 'corrupt' | 'unknown-format' | 'other-model-version' | 'invalid-answers';
export type LoadResult =
	| { kind: 'empty' }
	| { kind: 'ok'; state: SavedState }
	| { kind: 'problem'; problem: LoadProblem; detail: string; raw: string };

export function emptyState(model: Model, now: Date = new Date()): SavedState {
	return { format: SAVED_FORMAT, modelVersion: model.meta.version, context: null, answers: {}, targets: {}, step: 0, updatedAt: now.toISOString() };
}

/** Bring a state to the current model version, or null when no mapping is known. */
export function migrate(state: SavedState, model: Model): SavedState | null {
	return state.modelVersion === model.meta.version ? state : null;
}
