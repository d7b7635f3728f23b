/**
 * Turn a team's assessment results into modules (the results are read by results-input.ts).
 * The weakest dimensions (lowest level, then lowest continuous score, then model order) choose
 * the modules: for each, the modules tagged for that dimension at the next level up.
 */
import { resourcesFor } from '../assessment/resources';
import type { DimensionLevel } from './results-input';
import type { ModuleSummary } from './types';

export type { DimensionLevel } from './results-input';

/** The `count` weakest dimensions below level 5. */
export function weakestDimensions(levels: readonly DimensionLevel[], dimensionIds: readonly string[], count = 3): DimensionLevel[] {
	const position = (id: string) => dimensionIds.indexOf(id);
	return levels
		.filter((l) => l.level < 5)
		.sort((a, b) => a.level - b.level || (a.score ?? a.level) - (b.score ?? b.level) || position(a.dimensionId) - position(b.dimensionId))
		.slice(0, count);
}

/**
 * Modules for the weakest dimensions, in curriculum order, with their prerequisites pulled in
 * ahead of them so the agenda needs no fixing.
 */
export function modulesForResults(
	levels: readonly DimensionLevel[],
	modules: readonly ModuleSummary[],
	dimensionIds: readonly string[],
	count = 3,
): ModuleSummary[] {
	const byId = new Map(modules.map((m) => [m.id, m]));
	const chosen = new Set<string>();
	const include = (id: string) => {
		if (chosen.has(id) || !byId.has(id)) return;
		chosen.add(id);
		byId.get(id)!.prerequisites.forEach(include);
	};
	for (const weak of weakestDimensions(levels, dimensionIds, count)) {
		resourcesFor(modules, weak.dimensionId, weak.level + 1).forEach((m) => include(m.id));
	}
	return modules.filter((m) => chosen.has(m.id)).sort((a, b) => a.order - b.order);
}
