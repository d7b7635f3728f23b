/**
 * The agenda's stored format (see agenda.ts for its shape) and the one reader of it. Kept apart
 * from the agenda rules so the builder island loads zod only when there is something to read.
 */
// zod/mini: the same validation as zod in a fraction of the bytes; this file runs in the builder island.
import '../zod-csp';
import * as z from 'zod/mini';
import type { BreakRules } from '../../schemas/workshop';
import { AGENDA_FORMAT, unknownModules } from './agenda';
import { CLOCK_TIME, DATE_RANGE, ITEM_KEY, LIMITS, MAX_ITEMS, MAX_TITLE } from './limits';
import { isWorkshopDate } from './time';
import type { ModuleSummary } from './types';

const minutes = (range: { min: number; max: number }) => z.int().check(z.minimum(range.min), z.maximum(range.max));
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const clockTime = z.string().check(z.regex(CLOCK_TIME, 'a time is "HH:MM", 24-hour'));

// The same bounds the builder's actions keep (brokenLimit in agenda.ts), so what it saved reads back.
const key = z.string().check(z.regex(ITEM_KEY, 'not a key the builder makes'));
const itemSchema = z.discriminatedUnion('kind', [
	z.object({ key, kind: z.literal('module'), moduleId: text(1, 200) }),
	z.object({ key, kind: z.literal('custom'), title: text(1, MAX_TITLE), minutes: z.nullable(minutes(LIMITS.customMinutes)) }),
	z.object({ key, kind: z.literal('day') }),
]);
export type AgendaItem = z.infer<typeof itemSchema>;

const breakRules = z.object({
	every: minutes(LIMITS.every),
	minutes: minutes(LIMITS.breakMinutes),
	lunch: z.nullable(z.object({ at: clockTime, minutes: minutes(LIMITS.lunchMinutes) })),
});

export const agendaSchema = z.object({
	format: z.literal(AGENDA_FORMAT),
	title: text(0, MAX_TITLE),
	date: z.string().check(z.refine(isWorkshopDate, `a date is "YYYY-MM-DD", from ${DATE_RANGE.min} to ${DATE_RANGE.max}`)),
	start: clockTime,
	breaks: breakRules,
	items: z.array(itemSchema).check(z.maxLength(MAX_ITEMS)),
});
export type Agenda = Omit<z.infer<typeof agendaSchema>, 'breaks'> & { breaks: BreakRules };

export type AgendaLoad = { kind: 'empty' } | { kind: 'ok'; agenda: Agenda } | { kind: 'problem'; detail: string; raw: string };

/** Read a stored agenda. Never throws: anything unreadable comes back as a problem with the raw text. */
export function parseStoredAgenda(raw: string | null, modules: readonly ModuleSummary[]): AgendaLoad {
	if (raw === null || raw === '') return { kind: 'empty' };
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { kind: 'problem', detail: 'not valid JSON', raw };
	}
	const parsed = agendaSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return { kind: 'problem', detail: issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'wrong shape', raw };
	}
	const keys = parsed.data.items.map((i) => i.key);
	if (new Set(keys).size !== keys.length) return { kind: 'problem', detail: 'two items share a key', raw };
	const unknown = unknownModules(parsed.data, modules);
	if (unknown.length) return { kind: 'problem', detail: `unknown modules: ${unknown.join(', ')}`, raw };
	return { kind: 'ok', agenda: parsed.data };
}
