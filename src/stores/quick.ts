/**
 * The quick check's state and its persistence: one atom with the answers, one with the load and
 * save status, and named actions. Every change is written to its own key (lib/assessment/
 * quick-saved.ts); a write the browser refuses is reported, never silent, and the answers stay on
 * the page. A stored value that cannot be read is left as it is until the person starts again.
 */
import { atom } from 'nanostores';
import type { Model } from '../lib/assessment/model';
import { parseQuick, QUICK_FORMAT, QUICK_KEY, type QuickSaved } from '../lib/assessment/quick-saved';
import type { QuickAnswers } from '../lib/assessment/scoring';
import type { AudienceId } from '../schemas/ids';

export type QuickStatus = { kind: 'loading' } | { kind: 'ready'; restored: boolean } | { kind: 'problem'; detail: string };

export const $quick = atom<QuickSaved | null>(null);
export const $quickStatus = atom<QuickStatus>({ kind: 'loading' });
export const $quickSaveFailed = atom(false);

let modelVersion = 0;

const fresh = (audience: AudienceId = 'platform-teams'): QuickSaved => ({
	format: QUICK_FORMAT,
	modelVersion,
	audience,
	answers: {},
	updatedAt: new Date().toISOString(),
});

function persist(next: QuickSaved): void {
	const stamped = { ...next, updatedAt: new Date().toISOString() };
	$quick.set(stamped);
	try {
		localStorage.setItem(QUICK_KEY, JSON.stringify(stamped));
		$quickSaveFailed.set(false);
	} catch {
		$quickSaveFailed.set(true);
	}
}

/** Read the saved quick check once per page. */
export function loadQuick(model: Model): void {
	modelVersion = model.meta.version;
	let raw: string | null = null;
	try {
		raw = localStorage.getItem(QUICK_KEY);
	} catch {
		// Storage blocked (a private window, a policy): start as if nothing were saved.
	}
	const r = parseQuick(raw, model);
	if (r.kind === 'problem') {
		$quick.set(fresh());
		$quickStatus.set({ kind: 'problem', detail: r.detail });
		return;
	}
	$quick.set(r.kind === 'ok' ? r.saved : fresh());
	$quickStatus.set({ kind: 'ready', restored: r.kind === 'ok' && Object.keys(r.saved.answers).length > 0 });
}

const update = (change: (q: QuickSaved) => QuickSaved) => {
	const current = $quick.get();
	// While a stored value cannot be read, changes stay on the page and are not written over it.
	if (!current) return;
	if ($quickStatus.get().kind === 'problem') $quick.set(change(current));
	else persist(change(current));
};

export const answerQuick = (dimensionId: string, level: number | null) =>
	update((q) => ({ ...q, answers: { ...q.answers, [dimensionId]: level } }));
export const setQuickAudience = (audience: AudienceId) => update((q) => ({ ...q, audience }));

/** Start again: clears the answers; an unreadable stored value is replaced only now, on request. */
export function restartQuick(): void {
	const audience = $quick.get()?.audience;
	$quickStatus.set({ kind: 'ready', restored: false });
	persist(fresh(audience));
}

export type { QuickAnswers };
