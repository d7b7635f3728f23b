/**
 * Pasted or dropped input, split into items: a result file's JSON or one or more share links.
 * Used where people bring results from others (the team workshop); each item is then read by
 * `decodeInput` (readers.ts).
 */
import { MAX_FILE_CHARS, tooLargeDetail } from './json-text';

export type Pasted =
	| { ok: true; items: string[]; /** Items past the room left, not read (said, never dropped silently). */ over: number }
	| { ok: false; detail: string };

/**
 * Pasted text split into items: JSON stays whole, anything else is one share link per line. Text
 * larger than any result file is refused before it is split (5 MB once froze the page for 11 s
 * and listed 90,000 errors), and at most `room` items are read: the rest are counted, so the
 * person is told, and the pasted text is left as it was.
 */
export function readPasted(text: string, room: number): Pasted {
	if (text.length > MAX_FILE_CHARS) return { ok: false, detail: tooLargeDetail(text.length) };
	const t = text.trim();
	if (t === '') return { ok: true, items: [], over: 0 };
	const items = t.startsWith('{') || t.startsWith('[') ? [t] : t.split(/\s+/).filter(Boolean);
	const kept = Math.max(0, room);
	return { ok: true, items: items.slice(0, kept), over: Math.max(0, items.length - kept) };
}
