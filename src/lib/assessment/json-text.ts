/**
 * Text from outside (an imported file, a stored value) read as JSON, with the reasons it could
 * not be told apart: empty, too large, cut off, not JSON at all. No zod here, so the file pickers
 * can check sizes without loading the schemas.
 */
import { fail, type Decoded } from './shared';

/** A result file is a few kilobytes; a megabyte is far beyond any real one. */
export const MAX_FILE_CHARS = 1_000_000;

/** "1,001 KB; at most 1,000 KB": one unit (1 KB = 1,000) for the size and the limit, rounded up so
 *  a file just over the limit never reads as under it (it once said "977 KB; at most 1000 KB"). */
export const tooLargeDetail = (size: number) => `${kilobytes(size)}; at most ${kilobytes(MAX_FILE_CHARS)}`;
export const kilobytes = (n: number) => `${Math.ceil(n / 1000).toLocaleString('en')} KB`;

/** Parse JSON text, telling a cut-off file from one that was never JSON. */
export function parseJsonText(text: string): Decoded<unknown> {
	if (text.trim() === '') return fail('empty', 'the file is empty');
	if (text.length > MAX_FILE_CHARS) return fail('too-large', tooLargeDetail(text.length));
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
export const formatOf = (json: unknown): unknown =>
	typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined;
