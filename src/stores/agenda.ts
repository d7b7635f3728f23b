/**
 * The agenda builder's state: one store module, named actions, persistence in one place.
 * Islands read with useStore and call these actions; the rules live in src/lib/workshop/.
 *
 * Persistence: the agenda is saved under AGENDA_STORAGE_KEY on every change. If what is stored
 * cannot be read, a new agenda is started but nothing is written until the person chooses to
 * download the old data or replace it, so a bad read never destroys what they had.
 *
 * Limits: every change goes through `apply`, which refuses one that breaks a limit the stored
 * reader enforces (brokenLimit in lib/workshop/agenda.ts) and says so in $refused, so nothing is
 * saved that would not open after a reload, and nothing is cut off to make it fit.
 */
import { atom } from 'nanostores';
import {
	addCustom,
	addDay,
	addModule,
	AGENDA_STORAGE_KEY,
	agendaFromPath,
	blankAgenda,
	brokenLimit,
	moveItem,
	removeItem,
	type Agenda,
} from '../lib/workshop/agenda';
import type { ModuleSummary, PathSummary } from '../lib/workshop/types';
import { AGENDA_LIMIT_TEXT, AGENDA_TEXT as T } from '../lib/workshop/messages';
import { read, remove, write } from './local-storage';

export const $agenda = atom<Agenda>(blankAgenda('2026-01-01'));
/**
 * The agenda before the last "start from …", so it can be brought back. Kept under its own key
 * (PREVIOUS_KEY) too, so a reload after replacing a customised agenda does not lose it.
 */
export const $previous = atom<Agenda | null>(null);
export const PREVIOUS_KEY = `${AGENDA_STORAGE_KEY}:previous`;
/** Stored data that could not be read, kept until the person decides. */
export const $storedProblem = atom<{ detail: string; raw: string } | null>(null);
/** Polite announcement for screen readers and a visible status line. */
export const $status = atom<string>('');

/** Why the last change was not made (a limit), shown as an alert until the next change is made; '' when it was. */
export const $refused = atom<string>('');
/**
 * A path the address asked for (?path=) while a different agenda with sessions was saved: the
 * page asks before replacing it, and nothing changes until the person answers.
 */
export const $pendingPath = atom<PathSummary | null>(null);

/** Set when the last save did not happen (storage full or blocked): the page says so where it shows the agenda. */
export const $saveFailed = atom(false);

let ready = false;

/** Save the agenda; false when the browser refused (storage full or blocked: it then lasts for this page only). */
function save(agenda: Agenda): boolean {
	if (!ready || $storedProblem.get()) return false;
	const saved = write(AGENDA_STORAGE_KEY, JSON.stringify(agenda));
	$saveFailed.set(!saved);
	return saved;
}
$agenda.listen(save);

export function localToday(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Load the saved agenda, then apply ?path= or ?module= from the address. */
export async function initAgenda(modules: ModuleSummary[], paths: PathSummary[], search: string): Promise<void> {
	// Storage blocked (a private window, a policy) reads as nothing saved.
	const raw = read(AGENDA_STORAGE_KEY);
	// The reader brings zod; a first visit (nothing saved) does without it.
	const loaded =
		raw === null || raw === ''
			? { kind: 'empty' as const }
			: (await import('../lib/workshop/stored-agenda')).parseStoredAgenda(raw, modules);
	if (loaded.kind === 'ok') $agenda.set(loaded.agenda);
	if (loaded.kind === 'ok') await loadPrevious(modules);
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
		if (!path) $status.set(T.noSuchPath(pathId));
		else if (loaded.kind === 'ok' && differsFromPath(loaded.agenda, path)) {
			$pendingPath.set(path);
			$status.set(T.replaceQuestion(path.title));
		} else startFromPath(path);
	} else if (moduleId !== null) {
		const module = modules.find((m) => m.id === moduleId);
		if (module) addModuleToAgenda(module);
		else $status.set(T.noSuchModule(moduleId));
	}
}

/** The replaced agenda kept by an earlier visit, read like the agenda itself; one it cannot read is left alone. */
async function loadPrevious(modules: ModuleSummary[]) {
	const raw = read(PREVIOUS_KEY);
	if (!raw) return;
	const kept = (await import('../lib/workshop/stored-agenda')).parseStoredAgenda(raw, modules);
	if (kept.kind === 'ok' && kept.agenda.items.length > 0) $previous.set(kept.agenda);
}

/** True when the agenda has sessions and is not simply the path as it comes: replacing it would lose work. */
function differsFromPath(agenda: Agenda, path: PathSummary): boolean {
	return agenda.items.length > 0 && JSON.stringify(agendaFromPath(path, agenda.date)) !== JSON.stringify(agenda);
}

/** The one way the agenda changes: refused, with the reason said, if it breaks a limit. */
function apply(next: Agenda, message?: string): boolean {
	const limit = brokenLimit(next);
	if (limit) {
		// Said once, by the alert; the polite status line would only repeat it.
		$refused.set(AGENDA_LIMIT_TEXT[limit]);
		return false;
	}
	$refused.set('');
	$agenda.set(next);
	if (message !== undefined) $status.set(message);
	return true;
}

function replace(next: Agenda, message: string) {
	const current = $agenda.get();
	if (apply(next, message)) keepPrevious(current.items.length > 0 ? current : null);
}

/** Remember (or forget) the replaced agenda, in storage as well; a refused write is said. */
function keepPrevious(previous: Agenda | null) {
	$previous.set(previous);
	if (!previous) remove(PREVIOUS_KEY);
	else if (!write(PREVIOUS_KEY, JSON.stringify(previous))) $status.set(`${$status.get()} ${T.previousNotSaved}`);
}

/** The answer to "replace your agenda with this path?": keep what is saved. */
export function keepAgenda() {
	$pendingPath.set(null);
	$status.set(T.keptAgenda);
}

/** The answer to "replace your agenda with this path?": replace it (it can be brought back, after a reload too). */
export function replaceWithPendingPath() {
	const path = $pendingPath.get();
	$pendingPath.set(null);
	if (path) startFromPath(path);
}

export function startFromPath(path: PathSummary) {
	replace(agendaFromPath(path, $agenda.get().date || localToday()), T.startedFromPath(path.title));
}

export function startBlank() {
	replace({ ...blankAgenda($agenda.get().date || localToday()) }, T.startedBlank);
}

export function startFromModules(modules: ModuleSummary[], message: string) {
	let next: Agenda = { ...blankAgenda($agenda.get().date || localToday()), title: T.weakestTitle };
	for (const m of modules) next = addModule(next, m.id);
	replace(next, message);
}

export function undoReplace() {
	const previous = $previous.get();
	if (!previous) return;
	if (apply(previous, T.broughtBack)) keepPrevious(null);
}

export function addModuleToAgenda(module: ModuleSummary) {
	const before = $agenda.get();
	const after = addModule(before, module.id);
	apply(after, after === before ? T.alreadyIn(module.title) : T.added(module.title));
}

/** False when the block was refused (a limit): the island then keeps what was typed. */
export function addCustomBlock(title: string, minutes: number | null): boolean {
	return apply(addCustom($agenda.get(), title, minutes), T.added(title.trim()));
}

export function addDayBreak() {
	apply(addDay($agenda.get()), T.addedDay);
}

export function removeFromAgenda(key: string, title: string) {
	apply(removeItem($agenda.get(), key), T.removed(title));
}

/** Move an item; returns its new position (1-based) so the island can keep focus on it. */
export function moveInAgenda(key: string, delta: number, title: string): number {
	const next = moveItem($agenda.get(), key, delta);
	apply(next);
	const position = next.items.findIndex((i) => i.key === key) + 1;
	$status.set(T.moved(title, position, next.items.length));
	return position;
}

/** False when the change was refused (a limit, e.g. a date out of range). */
export function updateSettings(patch: Partial<Pick<Agenda, 'title' | 'date' | 'start'>>): boolean {
	return apply({ ...$agenda.get(), ...patch });
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
	apply({ ...agenda, breaks: { ...agenda.breaks, ...rest, lunch } });
}

/** Turn lunch on with a start time and length (off: `updateBreaks({ lunch: null })`). */
export function addLunch(lunch: { at: string; minutes: number }) {
	const agenda = $agenda.get();
	apply({ ...agenda, breaks: { ...agenda.breaks, lunch } });
}

/** The person chose to overwrite the unreadable stored agenda with the one on screen. */
export function discardStoredProblem() {
	// Only a save that happened is reported as one; otherwise the stored agenda stays as it was.
	const problem = $storedProblem.get();
	$storedProblem.set(null);
	if (save($agenda.get())) return $status.set(T.storedReplaced);
	$storedProblem.set(problem);
	$status.set(T.saveFailed);
}
