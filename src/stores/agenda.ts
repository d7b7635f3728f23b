/**
 * The agenda builder's state: one store module, named actions, persistence in one place.
 * Islands read with useStore and call these actions; the rules live in src/lib/workshop/.
 *
 * Persistence: the agenda is saved under AGENDA_STORAGE_KEY on every change. If what is stored
 * cannot be read, a new agenda is started but nothing is written until the person chooses to
 * download the old data or replace it, so a bad read never destroys what they had.
 */
import { atom } from 'nanostores';
import {
	addCustom,
	addDay,
	addModule,
	AGENDA_STORAGE_KEY,
	agendaFromPath,
	blankAgenda,
	moveItem,
	removeItem,
	type Agenda,
} from '../lib/workshop/agenda';
import type { ModuleSummary, PathSummary } from '../lib/workshop/types';

export const $agenda = atom<Agenda>(blankAgenda('2026-01-01'));
/** The agenda before the last "start from …", so it can be brought back. */
export const $previous = atom<Agenda | null>(null);
/** Stored data that could not be read, kept until the person decides. */
export const $storedProblem = atom<{ detail: string; raw: string } | null>(null);
/** Polite announcement for screen readers and a visible status line. */
export const $status = atom<string>('');

let ready = false;

function save(agenda: Agenda) {
	if (!ready || $storedProblem.get()) return;
	try {
		localStorage.setItem(AGENDA_STORAGE_KEY, JSON.stringify(agenda));
	} catch {
		// Storage can be off (private mode); the agenda then lasts for this page only.
	}
}
$agenda.listen(save);

export function localToday(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Load the saved agenda, then apply ?path= or ?module= from the address. */
export async function initAgenda(modules: ModuleSummary[], paths: PathSummary[], search: string): Promise<void> {
	let raw: string | null = null;
	try {
		raw = localStorage.getItem(AGENDA_STORAGE_KEY);
	} catch {}
	// The reader brings zod; a first visit (nothing saved) does without it.
	const loaded = raw === null || raw === '' ? { kind: 'empty' as const } : (await import('../lib/workshop/stored-agenda')).parseStoredAgenda(raw, modules);
	if (loaded.kind === 'ok') $agenda.set(loaded.agenda);
	else {
		$agenda.set(blankAgenda(localToday()));
		if (loaded.kind === 'problem') $storedProblem.set({ detail: loaded.detail, raw: loaded.raw });
	}
	ready = true;

	const params = new URLSearchParams(search);
	const pathId = params.get('path');
	const moduleId = params.get('module');
	if (pathId !== null) {
		const path = paths.find((p) => p.id === pathId);
		if (path) startFromPath(path);
		else $status.set(`There is no learning path called “${pathId}”. Choose one from the list.`);
	} else if (moduleId !== null) {
		const module = modules.find((m) => m.id === moduleId);
		if (module) addModuleToAgenda(module);
		else $status.set(`There is no module called “${moduleId}”. Choose one from the list.`);
	}
}

function replace(next: Agenda, message: string) {
	const current = $agenda.get();
	$previous.set(current.items.length > 0 ? current : null);
	$agenda.set(next);
	$status.set(message);
}

export function startFromPath(path: PathSummary) {
	replace(agendaFromPath(path, $agenda.get().date || localToday()), `Started from the path “${path.title}”.`);
}

export function startBlank() {
	replace({ ...blankAgenda($agenda.get().date || localToday()) }, 'Started a blank agenda.');
}

export function startFromModules(modules: ModuleSummary[], message: string) {
	let next = { ...blankAgenda($agenda.get().date || localToday()), title: 'Workshop for our weakest dimensions' };
	for (const m of modules) next = addModule(next, m.id);
	replace(next, message);
}

export function undoReplace() {
	const previous = $previous.get();
	if (!previous) return;
	$agenda.set(previous);
	$previous.set(null);
	$status.set('Brought back the agenda you had before.');
}

export function addModuleToAgenda(module: ModuleSummary) {
	const before = $agenda.get();
	const after = addModule(before, module.id);
	$agenda.set(after);
	$status.set(after === before ? `“${module.title}” is already in the agenda.` : `Added “${module.title}”.`);
}

export function addCustomBlock(title: string, minutes: number | null) {
	$agenda.set(addCustom($agenda.get(), title, minutes));
	$status.set(`Added “${title.trim()}”.`);
}

export function addDayBreak() {
	$agenda.set(addDay($agenda.get()));
	$status.set('Added a new day.');
}

export function removeFromAgenda(key: string, title: string) {
	$agenda.set(removeItem($agenda.get(), key));
	$status.set(`Removed “${title}”.`);
}

/** Move an item; returns its new position (1-based) so the island can keep focus on it. */
export function moveInAgenda(key: string, delta: number, title: string): number {
	const next = moveItem($agenda.get(), key, delta);
	$agenda.set(next);
	const position = next.items.findIndex((i) => i.key === key) + 1;
	$status.set(`Moved “${title}” to position ${position} of ${next.items.length}.`);
	return position;
}

export function updateSettings(patch: Partial<Pick<Agenda, 'title' | 'date' | 'start'>>) {
	$agenda.set({ ...$agenda.get(), ...patch });
}

/**
 * Change break rules. Merged here, with the stored agenda, rather than in the island: the island
 * re-renders on a timer, so two quick changes merged there would lose the first.
 * `lunch`: null turns lunch off; an object changes only the fields it names (when lunch is on).
 */
export function updateBreaks(patch: { every?: number; minutes?: number; lunch?: null | { at?: string; minutes?: number } }) {
	const agenda = $agenda.get();
	const { lunch: lunchPatch, ...rest } = patch;
	const current = agenda.breaks.lunch;
	const lunch = lunchPatch === undefined ? current : lunchPatch === null ? null : current ? { ...current, ...lunchPatch } : null;
	$agenda.set({ ...agenda, breaks: { ...agenda.breaks, ...rest, lunch } });
}

/** Turn lunch on with a start time and length (off: `updateBreaks({ lunch: null })`). */
export function addLunch(lunch: { at: string; minutes: number }) {
	const agenda = $agenda.get();
	$agenda.set({ ...agenda, breaks: { ...agenda.breaks, lunch } });
}

/** The person chose to overwrite the unreadable stored agenda with the one on screen. */
export function discardStoredProblem() {
	$storedProblem.set(null);
	save($agenda.get());
	$status.set('The agenda on screen is now saved in this browser.');
}
