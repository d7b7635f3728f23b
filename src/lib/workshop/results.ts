/**
 * Turn a team's assessment results into modules. Accepted JSON, so the builder works today and
 * keeps working once the assessment exports its results:
 *   1. a list of pairs: [{ "dimensionId": "validation-gates", "level": 2 }, …]
 *   2. the assessment's result object (src/lib/assessment/scoring.ts `AssessmentResult`, or the
 *      quick check's result): { "dimensions": [{ "id", "level", "score"?, "applicable"? }, …] },
 *      optionally wrapped as { "result": { … } }.
 * The weakest dimensions (lowest level, then lowest continuous score, then model order) choose
 * the modules: for each, the modules tagged for that dimension at the next level up.
 */
// zod/mini keeps the builder island small; see agenda.ts.
import '../zod-csp';
import * as z from 'zod/mini';
import { resourcesFor } from '../assessment/resources';
import type { ModuleSummary } from './types';

export type DimensionLevel = { dimensionId: string; level: number; score?: number };

const level = z.int().check(z.minimum(1), z.maximum(5));
const id = z.string().check(z.minLength(1));
const pairs = z.array(z.object({ dimensionId: id, level })).check(z.minLength(1));
const resultShape = z.object({
	dimensions: z
		.array(z.object({ id, level, score: z.optional(z.number().check(z.minimum(1), z.maximum(5))), applicable: z.optional(z.boolean()) }))
		.check(z.minLength(1)),
});

export type ResultsParse = { ok: true; levels: DimensionLevel[] } | { ok: false; problem: 'not-json' | 'wrong-shape' | 'unknown-dimension'; detail: string };

export function parseResults(text: string, dimensionIds: readonly string[]): ResultsParse {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json', detail: 'the text is not valid JSON' };
	}
	let levels: DimensionLevel[] | null = null;
	const asPairs = pairs.safeParse(json);
	if (asPairs.success) levels = asPairs.data;
	else {
		const inner = typeof json === 'object' && json !== null && 'result' in json ? (json as { result: unknown }).result : json;
		const asResult = resultShape.safeParse(inner);
		if (asResult.success) {
			levels = asResult.data.dimensions
				.filter((d) => d.applicable !== false)
				.map((d) => ({ dimensionId: d.id, level: d.level, ...(d.score === undefined ? {} : { score: d.score }) }));
		} else {
			const issue = asPairs.error.issues[0];
			return { ok: false, problem: 'wrong-shape', detail: issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'wrong shape' };
		}
	}
	const unknown = levels.filter((l) => !dimensionIds.includes(l.dimensionId)).map((l) => l.dimensionId);
	if (unknown.length) return { ok: false, problem: 'unknown-dimension', detail: unknown.join(', ') };
	return { ok: true, levels };
}

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
