/**
 * Any pasted or dropped input, told apart: a result file's JSON or one or more share links.
 * Used where people bring results from others (the shared view, the team workshop).
 */
import { PAST_MODELS, type PastModel } from './migrations';
import type { Model } from './model';
import { decodeResultFile } from './result-import';
import { decodeShare } from './share';
import type { Decoded, SharedAssessment } from './shared';

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

export function decodeInput(text: string, model: Model, past: PastModel[] = PAST_MODELS): Decoded<SharedAssessment> {
	const t = text.trimStart();
	return t.startsWith('{') || t.startsWith('[') ? decodeResultFile(text, model, past) : decodeShare(text, model, past);
}
