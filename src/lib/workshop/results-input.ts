/**
 * Read a team's assessment results pasted or chosen in the agenda builder. Accepted JSON, so the
 * builder works with either export:
 *   1. a list of pairs: [{ "dimensionId": "validation-gates", "level": 2 }, …]
 *   2. the assessment's result object (src/lib/assessment/scoring.ts `AssessmentResult`, or the
 *      quick check's result): { "dimensions": [{ "id", "level", "score"?, "applicable"? }, …] },
 *      optionally wrapped as { "result": { … } }.
 * Loaded on demand by the builder (it brings zod), when someone gives it results.
 */
import '../zod-csp';
import * as z from 'zod/mini';

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
