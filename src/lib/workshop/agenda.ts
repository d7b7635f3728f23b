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
import type { BreakRules } from '../../schemas/workshop';
import type { Agenda } from './stored-agenda';
import type { ScheduleInput } from './schedule';
import type { ModuleSummary, PathSummary } from './types';
import { MAX_ITEMS, MAX_TITLE } from './limits';
import { isWorkshopDate } from './time';

// The stored format and its validation live in stored-agenda.ts, loaded only when there is
// something to read: a first visit hydrates without zod.
export type { Agenda, AgendaItem } from './stored-agenda';

export const AGENDA_STORAGE_KEY = 'agentops:workshop-agenda';
export const AGENDA_FORMAT = 1;

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

/** A limit an agenda can break; each has a sentence in messages.ts (AGENDA_LIMIT_TEXT). */
export type AgendaLimit = 'items' | 'title' | 'block-title' | 'date';

/**
 * The first limit the agenda breaks, or null. The stored reader (stored-agenda.ts) refuses an
 * agenda that breaks any of these, so the store checks every change here first and refuses it
 * with a message instead of saving something that would not open after a reload. Checked
 * without zod, so the builder needs no validation library until there is something to read.
 */
export function brokenLimit(agenda: Agenda): AgendaLimit | null {
	if (agenda.items.length > MAX_ITEMS) return 'items';
	if (agenda.title.length > MAX_TITLE) return 'title';
	if (agenda.items.some((i) => i.kind === 'custom' && (i.title.length < 1 || i.title.length > MAX_TITLE))) return 'block-title';
	if (!isWorkshopDate(agenda.date)) return 'date';
	return null;
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
		if (item.kind === 'custom')
			return [
				{
					kind: 'session',
					id: item.key,
					title: item.title,
					teachingMinutes: item.minutes,
					exerciseMinutes: item.minutes === null ? null : 0,
				},
			];
		const m = byId.get(item.moduleId);
		return m
			? [
					{
						kind: 'session',
						id: m.id,
						title: m.title,
						teachingMinutes: m.teachingMinutes,
						exerciseMinutes: m.exerciseMinutes,
						prerequisites: m.prerequisites,
					},
				]
			: [];
	});
}

export function unknownModules(agenda: Agenda, modules: readonly ModuleSummary[]): string[] {
	const ids = new Set(modules.map((m) => m.id));
	return agenda.items.flatMap((i) => (i.kind === 'module' && !ids.has(i.moduleId) ? [i.moduleId] : []));
}
