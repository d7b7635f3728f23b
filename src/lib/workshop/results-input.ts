/**
 * Read a team's assessment results pasted or chosen in the agenda builder. Accepted:
 *   1. what the assessment exports: a result file (its JSON) or a share link. These are read by
 *      the assessment's own reader (decodeInput, lib/assessment/readers.ts), with the same rules
 *      as the assessment's pages: answers migrated and checked against the model, and a file whose
 *      written levels do not follow from its answers refused as tampered. The levels used are then
 *      scored from the answers, never taken from the input.
 *   2. a hand-made list of levels: [{ "dimensionId": "validation-gates", "level": 2 }, …], for a
 *      team that assessed itself on paper. It says what it is (levels someone wrote down, with no
 *      answers to check them against), so it is checked for shape only: known dimensions, each at
 *      most once, whole levels 1–5.
 * Loaded on demand by the builder (it brings zod and the scoring), when someone gives it results.
 */
import '../zod-csp';
import * as z from 'zod/mini';
import { parseJsonText } from '../assessment/json-text';
import type { Model } from '../assessment/model';
import { decodeInput } from '../assessment/readers';
import { scoreAssessment } from '../assessment/scoring';
import type { InputProblem } from '../assessment/shared';

export type DimensionLevel = { dimensionId: string; level: number; score?: number };

const level = z.int().check(z.minimum(1), z.maximum(5));
const pairs = z.array(z.object({ dimensionId: z.string().check(z.minLength(1), z.maxLength(200)), level })).check(z.minLength(1));

export type ResultsParse =
	| { ok: true; levels: DimensionLevel[] }
	/** The hand-made list is not one. */
	| { ok: false; problem: 'wrong-shape' | 'unknown-dimension' | 'duplicate-dimension'; detail: string }
	/** The assessment's reader refused it; `reason` has its sentence in the assessment's INPUT_PROBLEM_TEXT. */
	| { ok: false; problem: 'assessment'; reason: InputProblem; detail: string };

function readPairs(json: unknown, model: Model): ResultsParse {
	const parsed = pairs.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return { ok: false, problem: 'wrong-shape', detail: issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'wrong shape' };
	}
	const known = new Set(model.dimensions.map((d) => d.id));
	const ids = parsed.data.map((l) => l.dimensionId);
	const unknown = ids.filter((id) => !known.has(id));
	if (unknown.length) return { ok: false, problem: 'unknown-dimension', detail: unknown.join(', ') };
	const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
	if (twice.length) return { ok: false, problem: 'duplicate-dimension', detail: [...new Set(twice)].join(', ') };
	return { ok: true, levels: parsed.data };
}

export function parseResults(text: string, model: Model): ResultsParse {
	if (text.trimStart().startsWith('[')) {
		const json = parseJsonText(text);
		return json.ok ? readPairs(json.value, model) : { ok: false, problem: 'assessment', reason: json.problem, detail: json.detail };
	}
	const decoded = decodeInput(text, model);
	if (!decoded.ok) return { ok: false, problem: 'assessment', reason: decoded.problem, detail: decoded.detail };
	const result = scoreAssessment(model, decoded.value.context, decoded.value.answers);
	return {
		ok: true,
		levels: result.dimensions.filter((d) => d.applicable).map((d) => ({ dimensionId: d.id, level: d.level, score: d.score })),
	};
}
