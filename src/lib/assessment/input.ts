/**
 * Pasted or dropped input, split into items: a result file's JSON or one or more share links.
 * Used where people bring results from others (the shared view, the team workshop); each item is
 * then read by `decodeInput` (readers.ts).
 */

/** Pasted text split into items: JSON stays whole, anything else is one share link per line. */
export function splitPasted(text: string): string[] {
	const t = text.trim();
	if (t === '') return [];
	if (t.startsWith('{') || t.startsWith('[')) return [t];
	return t
		.split(/\s+/)
		.map((l) => l.trim())
		.filter(Boolean);
}
