/**
 * The model changelog's facts and rules. A layout is what a model version asks: its dimensions,
 * their practices with level and answer scale, and its answer scales. modelChanges() says what
 * differs between two layouts; the changelog content (src/content/assessment/changelog.yaml)
 * must state exactly that for every version whose layout the site knows (the frozen past
 * versions in past/ and the current model), so an entry cannot claim what did not happen.
 */
import type { ModelChanges, ModelVersion } from '../../schemas/model-changelog';
import type { Model } from './model';
import { V1 } from './past/v1';
import { V1_PLACEMENT } from './past/v1-placement';

export const CHANGELOG_FORMAT = 'agentops-assessment-model-changelog';

export type LayoutPractice = { id: string; dimension: string; level: number; scale: string };
export type ModelLayout = {
	version: number;
	dimensionIds: readonly string[];
	practices: readonly LayoutPractice[];
	scales: readonly string[];
};

export const EMPTY_LAYOUT: ModelLayout = { version: 0, dimensionIds: [], practices: [], scales: [] };

export function layoutOfModel(model: Model): ModelLayout {
	return {
		version: model.meta.version,
		dimensionIds: model.dimensions.map((d) => d.id),
		practices: model.dimensions.flatMap((d) =>
			d.practices.map((p) => ({ id: p.id, dimension: d.id, level: p.level, scale: p.answerScale })),
		),
		scales: Object.keys(model.meta.scales),
	};
}

/** Model version 1 from its frozen files: the answer layout (v1.ts) and where each practice sat. */
export function layoutOfV1(): ModelLayout {
	const scaleOf = new Map<string, string>(V1.practices.map(([id, scale]) => [id, scale]));
	return {
		version: V1.version,
		dimensionIds: V1.dimensionIds,
		practices: V1_PLACEMENT.map(([id, dimension, level]) => ({ id, dimension, level, scale: scaleOf.get(id) ?? '' })),
		scales: Object.keys(V1.values),
	};
}

/** Per practice of `next`, the ids of `prev` whose answers it takes (a model's `replaces`). */
export const replacesOf = (model: Model): Record<string, readonly string[]> =>
	Object.fromEntries(
		model.dimensions.flatMap((d) => d.practices.flatMap((p) => (p.replaces?.length ? [[p.id, p.replaces] as const] : []))),
	);

/**
 * What changed from `prev` to `next`. A new id that takes an old id's answers is "replaced", not
 * "added", and the old id not "removed"; a kept id is "moved" when its dimension or level changed
 * and "rescaled" when its answer scale did. Lists follow `next`'s order (removals `prev`'s).
 */
export function modelChanges(prev: ModelLayout, next: ModelLayout, replaces: Record<string, readonly string[]> = {}): ModelChanges {
	const before = new Map(prev.practices.map((p) => [p.id, p]));
	const after = new Map(next.practices.map((p) => [p.id, p]));
	const replaced = next.practices.flatMap((p) =>
		(replaces[p.id] ?? []).filter((from) => before.has(from) && !after.has(from)).map((from) => ({ from, to: p.id })),
	);
	const takenOver = new Set(replaced.map((r) => r.from));
	const replacing = new Set(replaced.map((r) => r.to));
	const kept = next.practices.filter((p) => before.has(p.id));
	return {
		dimensions: {
			added: next.dimensionIds.filter((id) => !prev.dimensionIds.includes(id)),
			removed: prev.dimensionIds.filter((id) => !next.dimensionIds.includes(id)),
		},
		practices: {
			added: next.practices.filter((p) => !before.has(p.id) && !replacing.has(p.id)).map((p) => p.id),
			removed: prev.practices.filter((p) => !after.has(p.id) && !takenOver.has(p.id)).map((p) => p.id),
			replaced,
			moved: kept
				.filter((p) => {
					const old = before.get(p.id)!;
					return old.dimension !== p.dimension || old.level !== p.level;
				})
				.map((p) => {
					const old = before.get(p.id)!;
					return { id: p.id, from: { dimension: old.dimension, level: old.level }, to: { dimension: p.dimension, level: p.level } };
				}),
			rescaled: kept
				.filter((p) => before.get(p.id)!.scale !== p.scale)
				.map((p) => ({ id: p.id, from: before.get(p.id)!.scale, to: p.scale })),
		},
		scales: {
			added: next.scales.filter((s) => !prev.scales.includes(s)),
			removed: prev.scales.filter((s) => !next.scales.includes(s)),
		},
	};
}

/**
 * What is wrong with the changelog's order and coverage: newest first, one entry per version from
 * the current one down to 1 with none missing, and no version dated before the one it follows.
 */
export function changelogProblems(entries: readonly Pick<ModelVersion, 'version' | 'date'>[], currentVersion: number): string[] {
	const problems: string[] = [];
	if (!entries.some((e) => e.version === currentVersion)) problems.push(`no entry for the current model version ${currentVersion}`);
	entries.forEach((e, i) => {
		const expected = currentVersion - i;
		if (e.version !== expected)
			problems.push(`entry ${i + 1} is version ${e.version}, expected ${expected} (newest first, one per version)`);
		const older = entries[i + 1];
		if (older && older.date > e.date)
			problems.push(`version ${e.version} (${e.date}) is dated before version ${older.version} (${older.date})`);
	});
	if (entries.length < currentVersion)
		problems.push(`${currentVersion} versions but ${entries.length} entries: every version down to 1 has one`);
	return problems;
}

/** The published changelog (/assessment/model/changelog.json). */
export const publishChangelog = (versions: readonly ModelVersion[]) => ({
	format: CHANGELOG_FORMAT,
	formatVersion: 1 as const,
	currentVersion: versions[0]?.version ?? 0,
	versions: versions.map(({ version, date, summary, scoring, changes }) => ({ version, date, summary, scoring, changes })),
});
