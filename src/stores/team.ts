/**
 * The team workshop's state: the respondents, their labels and the anonymous switch, kept in this
 * tab's sessionStorage (see lib/assessment/team-session.ts) so a reload does not lose them.
 * Other people's results are never written to localStorage. Its own module, apart from
 * assessment.ts, so the other assessment pages do not load the team code.
 *
 * The same rules as the other stores: every value read back is validated; one that cannot be
 * read is reported and left in place, and nothing is written over it until the person starts a
 * new session; a write that fails sets $teamSaveFailed, which the page shows.
 */
import { atom } from 'nanostores';
import type { Model } from '../lib/assessment/model';
import type { InputProblem } from '../lib/assessment/shared';
import {
	cleanLabel,
	defaultLabel,
	labelProblem,
	MAX_RESPONDENTS,
	sameResult,
	type LabelProblem,
	type Respondent,
} from '../lib/assessment/team';
import { buildTeamSession, TEAM_KEY } from '../lib/assessment/team-session';

/** Loaded on first need; see lib/assessment/readers.ts. */
const readers = () => import('../lib/assessment/readers');

export type TeamStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'problem'; problem: InputProblem; detail: string; raw: string };

export const $team = atom<Respondent[]>([]);
export const $teamAnonymous = atom(false);
/** Whether the session kept in this tab could be read; while it cannot, nothing is written over it. */
export const $teamStatus = atom<TeamStatus>({ kind: 'loading' });
/** Set when this tab refused to keep the session (storage full or blocked): a reload would lose it. */
export const $teamSaveFailed = atom(false);
let teamCounter = 0;

function tabStorage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

const withIds = (people: Omit<Respondent, 'id'>[]): Respondent[] => people.map((r) => ({ ...r, id: `r${++teamCounter}` }));

/**
 * Set the team and keep it in this tab. Only a readable (or empty) session is ever written over:
 * while the kept one cannot be read, nothing changes. A failed write still shows the team (it is
 * not lost before a reload) and sets $teamSaveFailed, which the page reports.
 */
function keepTeam(team: Respondent[], anonymous = $teamAnonymous.get()): void {
	if (teamBlocked()) return;
	$team.set(team);
	$teamAnonymous.set(anonymous);
	$teamStatus.set({ kind: 'ready' });
	const s = tabStorage();
	try {
		s?.setItem(TEAM_KEY, JSON.stringify(buildTeamSession(team, anonymous)));
		$teamSaveFailed.set(!s);
	} catch {
		$teamSaveFailed.set(true);
	}
}

const teamBlocked = () => $teamStatus.get().kind === 'problem';

/** Read the session this tab kept (after a reload). An unreadable one stays stored and is reported. */
export async function loadTeam(m: Model): Promise<void> {
	const raw = tabStorage()?.getItem(TEAM_KEY);
	if (!raw) return $teamStatus.set({ kind: 'ready' });
	const r = (await readers()).decodeTeamSession(raw, m);
	if (!r.ok) return $teamStatus.set({ kind: 'problem', problem: r.problem, detail: r.detail, raw });
	$team.set(withIds(r.value.respondents));
	$teamAnonymous.set(r.value.anonymous);
	$teamStatus.set({ kind: 'ready' });
}

export type TeamOutcome =
	| { source: string; ok: true }
	| { source: string; ok: false; problem: InputProblem | 'duplicate' | 'full' | 'not-read' | 'unsaved'; detail: string };

/**
 * Add results (file contents or share links); each input is reported on, and a bad one changes
 * nothing. `fileName`: the file it came from, a label unless it is the default download name.
 */
export async function addToTeam(items: { source: string; fileName?: string; text: string }[], m: Model): Promise<TeamOutcome[]> {
	if (teamBlocked()) return items.map(({ source }) => ({ source, ok: false, problem: 'unsaved', detail: '' }));
	const { decodeInput, decodeResultFile } = await readers();
	const team = [...$team.get()];
	const outcomes = items.map(({ source, fileName, text }): TeamOutcome => {
		const r = fileName !== undefined ? decodeResultFile(text, m) : decodeInput(text, m);
		if (!r.ok) return { source, ok: false, problem: r.problem, detail: r.detail };
		// A result file carries the moment it was made; a share link only the day.
		const candidate = { assessment: r.value, precise: text.trimStart().startsWith('{') };
		if (team.some((t) => sameResult(t, candidate))) return { source, ok: false, problem: 'duplicate', detail: '' };
		if (team.length >= MAX_RESPONDENTS) return { source, ok: false, problem: 'full', detail: '' };
		const label = defaultLabel(
			fileName,
			team.map((t) => t.label),
			r.value.respondent,
		);
		const { respondent: _, ...assessment } = r.value;
		team.push(...withIds([{ label, ...candidate, assessment }]));
		return { source, ok: true };
	});
	if (team.length !== $team.get().length) keepTeam(team);
	return outcomes;
}

export function removeFromTeam(id: string): void {
	keepTeam($team.get().filter((r) => r.id !== id));
}

/** Give a respondent a name or role. Returns why it was refused, or null when it was taken. */
export function renameInTeam(id: string, text: string): LabelProblem | null {
	const label = cleanLabel(text);
	const team = $team.get();
	const problem = labelProblem(
		label,
		team.filter((r) => r.id !== id).map((r) => r.label),
	);
	if (problem || teamBlocked()) return problem ?? 'empty';
	keepTeam(team.map((r) => (r.id === id ? { ...r, label } : r)));
	return null;
}

/** Remove everyone and forget the session kept in this tab, readable or not. */
export function clearTeam(): void {
	try {
		tabStorage()?.removeItem(TEAM_KEY);
	} catch {
		// Blocked storage holds nothing to forget.
	}
	$teamStatus.set({ kind: 'ready' });
	$teamSaveFailed.set(false);
	$team.set([]);
	$teamAnonymous.set(false);
}

export function setTeamAnonymous(value: boolean): void {
	keepTeam($team.get(), value);
}

/** The team file's text: the same session this tab keeps, for downloading. */
export const teamFileText = (): string => JSON.stringify(buildTeamSession($team.get(), $teamAnonymous.get()), null, 2);

export type TeamFileOutcome =
	{ ok: true; added: number; skipped: number } | { ok: false; problem: InputProblem | 'full' | 'unsaved'; detail: string };

/**
 * Open a team file: its respondents join the team (all of them or, when that would pass the
 * limit, none); ones already here are skipped, and a label already in use gets a default one.
 */
export async function openTeamFile(text: string, m: Model): Promise<TeamFileOutcome> {
	if (teamBlocked()) return { ok: false, problem: 'unsaved', detail: '' };
	const r = (await readers()).decodeTeamSession(text, m);
	if (!r.ok) return r;
	const team = [...$team.get()];
	const fresh = r.value.respondents.filter((x) => !team.some((t) => sameResult(t, x)));
	if (team.length + fresh.length > MAX_RESPONDENTS) return { ok: false, problem: 'full', detail: '' };
	for (const x of fresh) {
		const taken = team.map((t) => t.label);
		team.push(...withIds([{ ...x, label: labelProblem(x.label, taken) ? defaultLabel(undefined, taken) : x.label }]));
	}
	const anonymous = $team.get().length === 0 ? r.value.anonymous : $teamAnonymous.get();
	keepTeam(team, anonymous);
	return { ok: true, added: fresh.length, skipped: r.value.respondents.length - fresh.length };
}
