/**
 * The assessment's state, shared by the assessment and results islands: one atom with the saved
 * state, one with the load status, and named actions. Persistence lives here and only here:
 * every action that changes answers writes the versioned localStorage key (see lib/assessment/saved.ts).
 *
 * Nothing is ever dropped silently: when the saved value cannot be used, `status` says why and
 * the raw text stays in storage until the person chooses "Start over", which first copies it to
 * a backup key.
 */
import { atom, computed } from 'nanostores';
import type { Answer, Context, Model } from '../lib/assessment/model';
import { emptyState, parseSaved, STORAGE_KEY, type LoadProblem, type SavedState } from '../lib/assessment/saved';

export type Status =
	| { kind: 'loading' }
	| { kind: 'ready' }
	| { kind: 'resume-offer'; answered: number; updatedAt: string }
	| { kind: 'problem'; problem: LoadProblem; detail: string; raw: string };

export const BACKUP_KEY = `${STORAGE_KEY}:backup`;

export const $status = atom<Status>({ kind: 'loading' });
export const $state = atom<SavedState | null>(null);
/** Set when the browser refused to save (storage full or disabled); the page says so. */
export const $saveFailed = atom(false);
export const $answeredCount = computed($state, (s) => (s ? Object.keys(s.answers).length : 0));

let model: Model | undefined;

function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

function persist(next: SavedState): void {
	const stamped = { ...next, updatedAt: new Date().toISOString() };
	$state.set(stamped);
	try {
		storage()?.setItem(STORAGE_KEY, JSON.stringify(stamped));
		$saveFailed.set(false);
	} catch {
		$saveFailed.set(true);
	}
}

function update(change: (s: SavedState) => SavedState): void {
	const current = $state.get();
	if (current && $status.get().kind === 'ready') persist(change(current));
}

/** Read saved progress once per page. `offerResume`: ask before continuing a saved assessment. */
export function loadAssessment(m: Model, { offerResume }: { offerResume: boolean }): void {
	model = m;
	const result = parseSaved(storage()?.getItem(STORAGE_KEY) ?? null, m);
	if (result.kind === 'problem') {
		$status.set({ kind: 'problem', problem: result.problem, detail: result.detail, raw: result.raw });
		$state.set(null);
	} else if (result.kind === 'ok') {
		$state.set(result.state);
		const answered = Object.keys(result.state.answers).length;
		$status.set(offerResume && (answered > 0 || result.state.context) ? { kind: 'resume-offer', answered, updatedAt: result.state.updatedAt } : { kind: 'ready' });
	} else {
		$state.set(emptyState(m));
		$status.set({ kind: 'ready' });
	}
}

export function resume(): void {
	if ($status.get().kind === 'resume-offer') $status.set({ kind: 'ready' });
}

/** Start a new assessment. Whatever was saved is first copied to the backup key, never just deleted. */
export function startOver(): void {
	if (!model) return;
	const s = storage();
	const previous = s?.getItem(STORAGE_KEY);
	try {
		if (previous) s?.setItem(BACKUP_KEY, previous);
	} catch {
		$saveFailed.set(true);
		return; // could not keep a backup: leave the saved data alone
	}
	$status.set({ kind: 'ready' });
	persist(emptyState(model));
}

export function setContext(context: Context): void {
	update((s) => ({ ...s, context }));
}

export function answer(practiceId: string, value: Answer): void {
	update((s) => ({ ...s, answers: { ...s.answers, [practiceId]: value } }));
}

export function goToStep(step: number): void {
	update((s) => ({ ...s, step: Math.max(0, step) }));
}

export function setTarget(dimensionId: string, level: number): void {
	update((s) => ({ ...s, targets: { ...s.targets, [dimensionId]: level } }));
}
