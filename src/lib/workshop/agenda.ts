/**
 * The agenda the builder edits: settings plus an ordered list of items (modules, custom blocks,
 * "new day" markers). Every change is a pure function returning a new agenda, so the store only
 * holds state and the rules are unit-tested here.
 *
 * Stored JSON (localStorage "agentops:workshop-agenda", format 1):
 *   { format: 1, title, date: "YYYY-MM-DD", start: "HH:MM",
 *     breaks: { every, minutes, lunch: { at, minutes } | null },
 *     items: [ { key, kind: "module", moduleId } | { key, kind: "custom", title, minutes|null }
 *              | { key, kind: "day" } ] }
 * Reading never throws and never deletes: bad JSON, another format, or modules this version of
 * the curriculum does not have come back as a problem with the raw text kept.
 */
// zod/mini: the same validation as zod in a fraction of the bytes; this file runs in the builder island.
import '../zod-csp';
import * as z from 'zod/mini';
import type { BreakRules } from '../../schemas/workshop';
import { CLOCK_TIME, LIMITS } from './limits';
import type { ScheduleInput } from './schedule';
import { isIsoDate } from './time';
import type { ModuleSummary, PathSummary } from './types';

export const AGENDA_STORAGE_KEY = 'agentops:workshop-agenda';
export const AGENDA_FORMAT = 1;

const minutes = (range: { min: number; max: number }) => z.int().check(z.minimum(range.min), z.maximum(range.max));
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const clockTime = z.string().check(z.regex(CLOCK_TIME, 'a time is "HH:MM", 24-hour'));

const itemSchema = z.discriminatedUnion('kind', [
	z.object({ key: text(1, 200), kind: z.literal('module'), moduleId: text(1, 200) }),
	z.object({ key: text(1, 200), kind: z.literal('custom'), title: text(1, 120), minutes: z.nullable(minutes(LIMITS.customMinutes)) }),
	z.object({ key: text(1, 200), kind: z.literal('day') }),
]);
export type AgendaItem = z.infer<typeof itemSchema>;

const breakRules = z.object({
	every: minutes(LIMITS.every),
	minutes: minutes(LIMITS.breakMinutes),
	lunch: z.nullable(z.object({ at: clockTime, minutes: minutes(LIMITS.lunchMinutes) })),
});

export const agendaSchema = z.object({
	format: z.literal(AGENDA_FORMAT),
	title: text(0, 120),
	date: z.string().check(z.refine(isIsoDate, 'a date is "YYYY-MM-DD"')),
	start: clockTime,
	breaks: breakRules,
	items: z.array(itemSchema).check(z.maxLength(100)),
});
export type Agenda = Omit<z.infer<typeof agendaSchema>, 'breaks'> & { breaks: BreakRules };

export const DEFAULT_BREAKS: BreakRules = { every: 90, minutes: 15, lunch: { at: '12:30', minutes: 45 } };

export function blankAgenda(date: string): Agenda {
	return { format: AGENDA_FORMAT, title: 'Workshop', date, start: '09:00', breaks: DEFAULT_BREAKS, items: [] };
}

/** Keys are unique within an agenda: modules by id (a module appears once), others numbered. */
function nextKey(agenda: Agenda, prefix: string): string {
	const used = new Set(agenda.items.map((i) => i.key));
	let n = 1;
	while (used.has(`${prefix}${n}`)) n++;
	return `${prefix}${n}`;
}

export function hasModule(agenda: Agenda, moduleId: string): boolean {
	return agenda.items.some((i) => i.kind === 'module' && i.moduleId === moduleId);
}

export function addModule(agenda: Agenda, moduleId: string): Agenda {
	if (hasModule(agenda, moduleId)) return agenda;
	return { ...agenda, items: [...agenda.items, { key: `module:${moduleId}`, kind: 'module', moduleId }] };
}

export function addCustom(agenda: Agenda, title: string, minutes: number | null): Agenda {
	return { ...agenda, items: [...agenda.items, { key: nextKey(agenda, 'custom:'), kind: 'custom', title: title.trim(), minutes }] };
}

export function addDay(agenda: Agenda): Agenda {
	return { ...agenda, items: [...agenda.items, { key: nextKey(agenda, 'day:'), kind: 'day' }] };
}

export function removeItem(agenda: Agenda, key: string): Agenda {
	return { ...agenda, items: agenda.items.filter((i) => i.key !== key) };
}

/** Move an item by `delta` places, clamped to the list; returns the same agenda if it cannot move. */
export function moveItem(agenda: Agenda, key: string, delta: number): Agenda {
	const from = agenda.items.findIndex((i) => i.key === key);
	const to = Math.max(0, Math.min(agenda.items.length - 1, from + delta));
	if (from < 0 || from === to) return agenda;
	const items = [...agenda.items];
	const [item] = items.splice(from, 1);
	items.splice(to, 0, item!);
	return { ...agenda, items };
}

export function agendaFromPath(path: PathSummary, date: string): Agenda {
	let agenda: Agenda = { ...blankAgenda(date), title: path.title, start: path.start, breaks: path.breaks };
	path.modules.forEach((id, i) => {
		if (i > 0 && path.newDayBefore.includes(id)) agenda = addDay(agenda);
		agenda = addModule(agenda, id);
	});
	return agenda;
}

/** The agenda as the schedule function's input; unknown module ids are left out (and reported by `unknownModules`). */
export function toScheduleItems(agenda: Agenda, modules: readonly ModuleSummary[]): ScheduleInput[] {
	const byId = new Map(modules.map((m) => [m.id, m]));
	return agenda.items.flatMap((item): ScheduleInput[] => {
		if (item.kind === 'day') return [{ kind: 'day' }];
		if (item.kind === 'custom') return [{ kind: 'session', id: item.key, title: item.title, teachingMinutes: item.minutes, exerciseMinutes: item.minutes === null ? null : 0 }];
		const m = byId.get(item.moduleId);
		return m ? [{ kind: 'session', id: m.id, title: m.title, teachingMinutes: m.teachingMinutes, exerciseMinutes: m.exerciseMinutes, prerequisites: m.prerequisites }] : [];
	});
}

export function unknownModules(agenda: Agenda, modules: readonly ModuleSummary[]): string[] {
	const ids = new Set(modules.map((m) => m.id));
	return agenda.items.flatMap((i) => (i.kind === 'module' && !ids.has(i.moduleId) ? [i.moduleId] : []));
}

export type AgendaLoad =
	| { kind: 'empty' }
	| { kind: 'ok'; agenda: Agenda }
	| { kind: 'problem'; detail: string; raw: string };

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
