/**
 * The quick check, kept in this browser under its own versioned key so a reload keeps the answers.
 *
 * Stored JSON (quick format 1):
 *   { format: 1, modelVersion: number, audience: AudienceId,
 *     answers: { [dimensionId]: 1–5 | null (Don't know) }, updatedAt: ISO date }
 *
 * Reading never throws and never deletes: a value that cannot be used comes back as a problem and
 * stays in storage until the person starts again. Answers for dimensions the current model does
 * not have are dropped on reading (the quick check has one question per dimension, so a model
 * with other dimensions asks again only what is new). No zod: this runs in the quick check island.
 */
import { AUDIENCE_IDS, type AudienceId } from '../../schemas/ids';
import { isIsoDate } from '../iso-date';
import type { Model } from './model';
import type { QuickAnswers } from './scoring';

export const QUICK_KEY = 'agentops:quick';
export const QUICK_FORMAT = 1;

export type QuickSaved = { format: 1; modelVersion: number; audience: AudienceId; answers: QuickAnswers; updatedAt: string };
export type QuickLoad = { kind: 'empty' } | { kind: 'ok'; saved: QuickSaved } | { kind: 'problem'; detail: string };

export function parseQuick(raw: string | null, model: Model): QuickLoad {
	if (!raw) return { kind: 'empty' };
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { kind: 'problem', detail: 'not valid JSON' };
	}
	const v = json as Partial<QuickSaved> | null;
	if (!v || typeof v !== 'object' || v.format !== QUICK_FORMAT)
		return { kind: 'problem', detail: 'not a saved quick check of a known format' };
	if (typeof v.modelVersion !== 'number' || !AUDIENCE_IDS.includes(v.audience as AudienceId) || !isIsoDate(v.updatedAt)) {
		return { kind: 'problem', detail: 'a field is missing or has the wrong type' };
	}
	if (!v.answers || typeof v.answers !== 'object' || Array.isArray(v.answers))
		return { kind: 'problem', detail: 'the answers are missing' };
	const known = new Set(model.dimensions.map((d) => d.id));
	const answers: QuickAnswers = {};
	for (const [id, level] of Object.entries(v.answers)) {
		if (!(level === null || (Number.isInteger(level) && level >= 1 && level <= 5)))
			return { kind: 'problem', detail: `the answer for "${id.slice(0, 40)}" is not a level` };
		if (known.has(id)) answers[id] = level;
	}
	return {
		kind: 'ok',
		saved: {
			format: QUICK_FORMAT,
			modelVersion: model.meta.version,
			audience: v.audience as AudienceId,
			answers,
			updatedAt: v.updatedAt as string,
		},
	};
}
