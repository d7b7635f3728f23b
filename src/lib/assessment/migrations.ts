/**
 * Carrying answers across model versions. A share link stores one code per practice in model
 * order, and files store answers by practice id, so reading anything made with an older model
 * needs that version's practice order and how its ids map to the next version.
 *
 * Model version 1 is the first, so PAST_MODELS is empty. When a version changes practice ids,
 * append the old version here before bumping `version` in model.yaml:
 *   { version: 1, dimensionIds: [...], practiceIds: [...in model order...],
 *     toNext: { 'old-id': 'new-id', 'dropped-id': null } }   // ids not listed keep their name
 * Anything older than the oldest entry, or newer than the current model, is refused with a reason.
 */
import type { Answers, Model } from './model';

export type PastModel = {
	version: number;
	/** Dimension ids in that version's order (share links store targets in this order). */
	dimensionIds: string[];
	/** Practice ids in that version's model order (share links store answers in this order). */
	practiceIds: string[];
	/** How a practice id of this version maps to the next one; null drops the answer. */
	toNext: Record<string, string | null>;
};

export const PAST_MODELS: PastModel[] = [];

export type Layout = { dimensionIds: string[]; practiceIds: string[] };

export type MigrationRefusal = { problem: 'newer-model' | 'older-model-unmapped'; detail: string };

/** The practice and dimension order of a model version, or a refusal when it is unknown here. */
export function layoutFor(version: number, model: Model, past: PastModel[] = PAST_MODELS): Layout | MigrationRefusal {
	if (version === model.meta.version) {
		return { dimensionIds: model.dimensions.map((d) => d.id), practiceIds: model.dimensions.flatMap((d) => d.practices.map((p) => p.id)) };
	}
	if (version > model.meta.version) return { problem: 'newer-model', detail: `model version ${version}; this site has version ${model.meta.version}` };
	const old = past.find((p) => p.version === version);
	if (!old || !chainComplete(version, model, past)) return { problem: 'older-model-unmapped', detail: `model version ${version}; this site has version ${model.meta.version}` };
	return { dimensionIds: old.dimensionIds, practiceIds: old.practiceIds };
}

function chainComplete(from: number, model: Model, past: PastModel[]): boolean {
	for (let v = from; v < model.meta.version; v++) if (!past.some((p) => p.version === v)) return false;
	return true;
}

/** Answers made with model `version`, renamed step by step to the current model, or a refusal. */
export function migrateAnswers(version: number, answers: Answers, model: Model, past: PastModel[] = PAST_MODELS): { answers: Answers } | MigrationRefusal {
	const layout = layoutFor(version, model, past);
	if ('problem' in layout) return layout;
	let current: Answers = answers;
	for (let v = version; v < model.meta.version; v++) {
		const step = past.find((p) => p.version === v)!;
		const next: Answers = {};
		for (const [id, answer] of Object.entries(current)) {
			const to = id in step.toNext ? step.toNext[id] : id;
			if (to) next[to] = answer;
		}
		current = next;
	}
	return { answers: current };
}
