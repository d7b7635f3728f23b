/**
 * Carrying answers across model versions. A share link stores one code per practice in model
 * order, and files, history and saved progress store answers by practice id, so reading anything
 * made with an older model needs that version's practice order, its answer scales, and how its
 * ids map to the next version.
 *
 * Version 1 → 2: a version-2 practice takes the answer of the version-1 practice with the same id,
 * or of the ids it lists in `replaces` (model content, checked by tests/assessment-model.test.ts).
 * A numeric answer is re-read by value: the highest option of the new scale whose value does not
 * exceed the old answer's value ("At least half" on a coverage scale becomes "Partly" on a fact
 * scale), so a migrated answer never claims more than the person said. "Don't know" carries over;
 * "Not applicable" carries over where the new practice offers it. Everything else becomes
 * unanswered, and the person is told how many answers carried over and how many questions are new.
 *
 * When a later version changes practice ids, freeze the current layout in past/ (as v1.ts) and add
 * it to PAST_MODELS with its own `toNext`.
 */
import { V1 } from './past/v1';
import { optionAtMost, type Answer, type Answers, type Model, type Practice } from './model';

export type PastModel = {
	version: number;
	/** Scale ids in the order share links of that version index them. */
	scaleIds: readonly string[];
	/** Dimension ids in that version's order (share links store targets in this order). */
	dimensionIds: readonly string[];
	/** Practice ids in that version's model order, with their answer scale. */
	practices: readonly (readonly [string, string])[];
	/** Option values per scale kind of that version. */
	values: Readonly<Record<string, readonly number[]>>;
};

export const PAST_MODELS: PastModel[] = [V1];

export type Layout = { dimensionIds: readonly string[]; practiceIds: readonly string[]; scaleIds?: readonly string[] };

export type MigrationRefusal = { problem: 'newer-model' | 'older-model-unmapped'; detail: string };

/** What a migration did, for the message the person reads. */
export type MigrationReport = { from: number; carried: number; dropped: number; unanswered: number };

/** The practice and dimension order of a model version, or a refusal when it is unknown here. */
export function layoutFor(version: number, model: Model, past: PastModel[] = PAST_MODELS): Layout | MigrationRefusal {
	if (version === model.meta.version) {
		return { dimensionIds: model.dimensions.map((d) => d.id), practiceIds: model.dimensions.flatMap((d) => d.practices.map((p) => p.id)) };
	}
	if (version > model.meta.version)
		return { problem: 'newer-model', detail: `model version ${version}; this site has version ${model.meta.version}` };
	const old = past.find((p) => p.version === version);
	if (!old || version !== model.meta.version - 1)
		return { problem: 'older-model-unmapped', detail: `model version ${version}; this site has version ${model.meta.version}` };
	return { dimensionIds: old.dimensionIds, practiceIds: old.practices.map(([id]) => id), scaleIds: old.scaleIds };
}

/** For each current practice, the past practice ids whose answers it takes (its own id first). */
export function sourcesOf(model: Model, old: PastModel): Map<string, string[]> {
	const oldIds = new Set(old.practices.map(([id]) => id));
	const map = new Map<string, string[]>();
	for (const d of model.dimensions) {
		for (const p of d.practices) {
			const from = [p.id, ...(p.replaces ?? [])].filter((id) => oldIds.has(id));
			if (from.length) map.set(p.id, from);
		}
	}
	return map;
}

function carry(model: Model, old: PastModel, practice: Practice, fromId: string, answer: Answer): Answer | undefined {
	if (answer === 'dont-know') return answer;
	if (answer === 'not-applicable') return practice.notApplicableWhen ? answer : undefined;
	const scale = old.practices.find(([id]) => id === fromId)?.[1];
	const value = scale ? old.values[scale]?.[answer] : undefined;
	return value === undefined ? undefined : optionAtMost(model, practice.answerScale, value);
}

/** Answers made with model `version`, carried to the current model, or a refusal. */
export function migrateAnswers(
	version: number,
	answers: Answers,
	model: Model,
	past: PastModel[] = PAST_MODELS,
): { answers: Answers; report?: MigrationReport } | MigrationRefusal {
	if (version === model.meta.version) return { answers };
	const layout = layoutFor(version, model, past);
	if ('problem' in layout) return layout;
	const old = past.find((p) => p.version === version)!;
	const next: Answers = {};
	const used = new Set<string>();
	for (const [id, from] of sourcesOf(model, old)) {
		const practice = model.dimensions.flatMap((d) => d.practices).find((p) => p.id === id)!;
		// Several old answers for one new practice: take the most cautious (the lowest) one.
		const carried = from.flatMap((f) => {
			const a = answers[f];
			if (a === undefined) return [];
			used.add(f);
			const c = carry(model, old, practice, f, a);
			return c === undefined ? [] : [c];
		});
		const numeric = carried.filter((a): a is number => typeof a === 'number');
		const pick = numeric.length ? Math.min(...numeric) : carried[0];
		if (pick !== undefined) next[id] = pick;
	}
	const total = model.dimensions.reduce((n, d) => n + d.practices.length, 0);
	const carriedCount = Object.keys(next).length;
	return {
		answers: next,
		report: {
			from: version,
			carried: carriedCount,
			dropped: Object.keys(answers).filter((id) => !used.has(id)).length,
			unanswered: total - carriedCount,
		},
	};
}
