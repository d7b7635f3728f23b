/**
 * Reading a result file (the JSON the results page downloads) back in. The answers are the
 * source of truth: they are migrated to the current model, checked against it, and re-scored;
 * if the levels written in the file disagree with what its answers give, the file was edited by
 * hand and is refused rather than shown with levels nobody earned.
 */
import { migrateAnswers, PAST_MODELS, type PastModel } from './migrations';
import type { Model } from './model';
import { RESULT_FORMAT, resultFileSchema } from './result-file';
import { answerProblems } from './saved';
import { scoreAssessment } from './scoring';
import { fail, type Decoded, type SharedAssessment } from './shared';

/** A result file is a few kilobytes; a megabyte is far beyond any real one. */
export const MAX_FILE_CHARS = 1_000_000;

/** Parse JSON text, telling a cut-off file from one that was never JSON. */
export function parseJsonText(text: string): Decoded<unknown> {
	if (text.trim() === '') return fail('empty', 'the file is empty');
	if (text.length > MAX_FILE_CHARS) return fail('too-large', `${Math.round(text.length / 1024)} KB; at most ${MAX_FILE_CHARS / 1000} KB`);
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		if (!/^\s*[[{]/.test(text)) return fail('not-ours', 'the file is not JSON');
		return unclosed(text) ? fail('truncated', 'the file ends too early') : fail('malformed', 'the file is not valid JSON');
	}
}

/** True when JSON text ends inside a string or with brackets still open: the mark of a cut-off file. */
function unclosed(text: string): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') depth--;
	}
	return inString || depth > 0;
}

/** The `format` field of a parsed JSON value, if it has one. */
export const formatOf = (json: unknown): unknown => (typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined);

export function decodeResultJson(json: unknown, model: Model, past: PastModel[] = PAST_MODELS): Decoded<SharedAssessment> {
	const format = formatOf(json);
	if (format !== RESULT_FORMAT) return fail('not-ours', typeof format === 'string' ? `a file of format "${format.slice(0, 60)}"` : 'not an assessment result file');
	const formatVersion = (json as { formatVersion?: unknown }).formatVersion;
	if (formatVersion !== 1) return fail('unknown-format', `format version ${String(formatVersion).slice(0, 20)}`);
	const parsed = resultFileSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return fail('malformed', `${issue.path.join('.') || 'value'}: ${issue.message}`);
	}
	const file = parsed.data;
	if (Number.isNaN(Date.parse(file.createdAt))) return fail('malformed', 'createdAt is not a date');
	const migrated = migrateAnswers(file.modelVersion, file.answers, model, past);
	if ('problem' in migrated) return fail(migrated.problem, migrated.detail);
	const problems = answerProblems(model, migrated.answers);
	if (problems.length) return fail('invalid-answers', problems.slice(0, 3).join('; '));
	if (file.modelVersion === model.meta.version) {
		const result = scoreAssessment(model, file.context, file.answers);
		const written = new Map(file.result.dimensions.map((d) => [d.id, d.level]));
		const differs = result.dimensions.find((d) => written.get(d.id) !== d.level);
		if (differs || file.result.overall.level !== result.overall.level) {
			return fail('tampered', differs ? `the level written for "${differs.id}" does not follow from the answers` : 'the overall level does not follow from the answers');
		}
	}
	const value: SharedAssessment = { modelVersion: model.meta.version, createdAt: file.createdAt, context: file.context, answers: migrated.answers, targets: file.targets };
	return file.modelVersion === model.meta.version ? { ok: true, value } : { ok: true, value, migratedFrom: file.modelVersion };
}

export function decodeResultFile(text: string, model: Model, past: PastModel[] = PAST_MODELS): Decoded<SharedAssessment> {
	const json = parseJsonText(text);
	return json.ok ? decodeResultJson(json.value, model, past) : json;
}
