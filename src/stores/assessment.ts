/**
 * The assessment's state, shared by the assessment and results islands: one atom with the saved
 * state, one with the load status, and named actions. Persistence lives here and only here:
 * every action that changes answers writes the versioned localStorage key (see lib/assessment/saved.ts).
 *
 * Nothing is ever dropped silently: when the saved value cannot be used, `status` says why and
 * the raw text stays in storage until the person chooses "Start over", which first sets it aside
 * in the backups list (stores/backups.ts, listed on the backups page). Every action that replaces
 * saved progress or the history goes through that list and returns its outcome, so the page
 * where the person acted can say what happened: done, the list is full (asks), or nothing changed.
 *
 * The same rules hold for the history (its own key, see lib/assessment/history.ts), for shared
 * results opened from a link or file (shown read-only until the person keeps them, which asks
 * before replacing saved progress and backs it up first). The team workshop has its own store
 * (team.ts), so its code loads only on its page.
 *
 * Actions that read from outside (stored values, files, pasted links) are async: they load the
 * readers, and with them the zod schemas, only when there is something to read.
 */
import { atom, computed } from 'nanostores';
import {
	addSnapshot,
	deleteSnapshot,
	emptyHistory,
	HISTORY_FORMAT,
	HISTORY_KEY,
	mergeHistory,
	renameSnapshot,
	type History,
} from '../lib/assessment/history';
import { formatOf, parseJsonText } from '../lib/assessment/json-text';
import { HISTORY_TEXT, WIZARD_TEXT } from '../lib/assessment/messages';
import { answersFromQuick } from '../lib/assessment/from-quick';
import type { MigrationReport } from '../lib/assessment/migrations';
import { changeStep, type StepPlan } from '../lib/assessment/plan';
import { answerValue, type QuickAnswers } from '../lib/assessment/scoring';
import { findPractice, type Answer, type Context, type Model } from '../lib/assessment/model';
import { emptyState, SAVED_FORMAT, STORAGE_KEY, type LoadProblem, type LoadResult, type SavedState } from '../lib/assessment/saved';
import { decodeShare } from '../lib/assessment/share';
import type { InputProblem, SharedAssessment } from '../lib/assessment/shared';
import { assessmentSteps } from '../lib/assessment/steps';
import { newId } from '../lib/new-id';
import type { ReplaceOutcome } from './backups';
import { read, storage, write } from './local-storage';

export type { ReplaceOutcome };

export type Status =
	| { kind: 'loading' }
	| { kind: 'ready' }
	| { kind: 'resume-offer'; answered: number; updatedAt: string }
	| { kind: 'problem'; problem: LoadProblem; detail: string; raw: string };

/** Progress saved with an older model is kept as it was under this key (+ its version) when the backups list cannot take it. */
export const PRE_MIGRATION_KEY = (version: number) => `${STORAGE_KEY}:model-${version}`;

export const $status = atom<Status>({ kind: 'loading' });
export const $state = atom<SavedState | null>(null);
/** Set when the browser refused to save (storage full or disabled); the page says so. */
export const $saveFailed = atom(false);
export const $answeredCount = computed($state, (s) => (s ? Object.keys(s.answers).length : 0));
/** Set when saved progress was carried over from an older model: the page says what changed. */
export const $migration = atom<MigrationReport | null>(null);

let model: Model | undefined;

/** Loaded on first need; see lib/assessment/readers.ts. */
const readers = () => import('../lib/assessment/readers');
/** Loaded when something is replaced: the backups list and its rules. */
const backups = () => import('./backups');

function persist(next: SavedState): void {
	const stamped = { ...next, updatedAt: new Date().toISOString() };
	$state.set(stamped);
	$saveFailed.set(!write(STORAGE_KEY, JSON.stringify(stamped)));
}

function update(change: (s: SavedState) => SavedState): void {
	const current = $state.get();
	if (current && $status.get().kind === 'ready') persist(change(current));
}

/** Read saved progress once per page. `offerResume`: ask before continuing a saved assessment. */
export async function loadAssessment(m: Model, { offerResume }: { offerResume: boolean }): Promise<void> {
	model = m;
	const raw = read(STORAGE_KEY);
	const result: LoadResult = raw ? (await readers()).parseSaved(raw, m) : { kind: 'empty' };
	if (result.kind === 'problem') {
		$status.set({ kind: 'problem', problem: result.problem, detail: result.detail, raw: result.raw });
		$state.set(null);
	} else if (result.kind === 'ok') {
		if (result.migration && raw) {
			// The old value stays readable: set aside in the backups list (once) before anything is
			// written over it. When the list cannot take it (full, unreadable, storage refused), it goes
			// to its own key as before: nobody is asked on a page load, and nothing is dropped for it.
			const key = PRE_MIGRATION_KEY(result.migration.from);
			const listed = await (await backups()).setAsideOnce('progress', 'carried-over', raw);
			if (!listed && !read(key) && !write(key, raw)) {
				$status.set({
					kind: 'problem',
					problem: 'other-model-version',
					detail: WIZARD_TEXT.backupFailed,
					raw,
				});
				return;
			}
		}
		$migration.set(result.migration ?? null);
		$state.set(result.state);
		const answered = Object.keys(result.state.answers).length;
		$status.set(
			offerResume && (answered > 0 || result.state.context)
				? { kind: 'resume-offer', answered, updatedAt: result.state.updatedAt }
				: { kind: 'ready' },
		);
	} else {
		$state.set(emptyState(m));
		$status.set({ kind: 'ready' });
	}
}

export function resume(): void {
	if ($status.get().kind === 'resume-offer') $status.set({ kind: 'ready' });
}

/**
 * Replace saved progress with `next`, setting the old value aside in the backups list first.
 * Only a replace that happened changes what the page shows.
 */
async function replaceSaved(next: SavedState, reason: 'start-over' | 'keep-as-own', dropOldest: boolean): Promise<ReplaceOutcome> {
	const stamped = { ...next, updatedAt: new Date().toISOString() };
	const r = await (await backups()).replaceStored('progress', reason, JSON.stringify(stamped), { dropOldest, model });
	if (r.ok) {
		$state.set(stamped);
		$status.set({ kind: 'ready' });
	}
	$saveFailed.set(!r.ok && r.why === 'save-failed');
	return r;
}

/**
 * Start a new assessment. Whatever was saved is first set aside as a backup, never just deleted;
 * `dropOldest` once the person agreed to lose the oldest backups the list has no room for.
 */
export async function startOver({ dropOldest = false } = {}): Promise<ReplaceOutcome> {
	if (!model) return { ok: false, why: 'save-failed' };
	return replaceSaved(emptyState(model), 'start-over', dropOldest);
}

export function setContext(context: Context): void {
	update((s) => ({ ...s, context }));
}

/** Pre-fill from the quick check (only into an assessment with no answers yet): a proposal the steps ask the person to confirm. */
export function startFromQuick(quick: QuickAnswers): void {
	update((s) => {
		if (!model || !s.context || Object.keys(s.answers).length > 0) return s;
		const { answers, fromQuick } = answersFromQuick(model, s.context, quick);
		return { ...s, answers, fromQuick };
	});
}

export function answer(practiceId: string, value: Answer): void {
	update((s) => ({ ...s, answers: { ...s.answers, [practiceId]: value } }));
}

/**
 * Confirm answers the evidence scan proposed (lib/evidence/practices.ts), one or all at once, in
 * one save. Each is kept only where it still raises the answer, so a proposal made against older
 * answers (another tab, a later change) never lowers one, and "Not applicable" is never touched.
 * Returns how many answers changed.
 */
export function acceptProposals(proposals: readonly { practiceId: string; option: number }[]): number {
	const current = $state.get();
	const context = current?.context;
	if (!model || !current || !context || $status.get().kind !== 'ready') return 0;
	const m = model;
	const answers = { ...current.answers };
	let changed = 0;
	for (const { practiceId, option } of proposals) {
		const practice = findPractice(m, practiceId);
		const proposed = practice && m.meta.scales[practice.answerScale][option]?.value;
		if (!practice || proposed === undefined) continue;
		// null: outside this person's questions, or "Not applicable".
		const now = answerValue(m, practice, context, answers[practiceId]);
		if (now === null || proposed <= now) continue;
		answers[practiceId] = option;
		changed++;
	}
	if (changed > 0) update((s) => ({ ...s, answers }));
	return changed;
}

export function goToStep(step: number): void {
	update((s) => ({ ...s, step: Math.max(0, step) }));
}

export function setTarget(dimensionId: string, level: number): void {
	update((s) => ({ ...s, targets: { ...s.targets, [dimensionId]: level } }));
}

/** Give a roadmap step an owner, a due date or a status; an empty value goes back to the default. */
export function setStepPlan(practiceId: string, change: StepPlan): void {
	update((s) => ({ ...s, plan: changeStep(s.plan, practiceId, change) }));
}

/* ---- Shared results: opened from a share link or a result file, read-only until kept ---- */

export type Viewed =
	| { kind: 'none' }
	| { kind: 'ok'; assessment: SharedAssessment; source: { link: true } | { file: string }; migration?: MigrationReport }
	| { kind: 'problem'; problem: InputProblem; detail: string };

export const $viewed = atom<Viewed>({ kind: 'none' });

export function openShareLink(input: string, m: Model): void {
	const r = decodeShare(input, m);
	$viewed.set(
		r.ok
			? { kind: 'ok', assessment: r.value, source: { link: true }, ...(r.migration ? { migration: r.migration } : {}) }
			: { kind: 'problem', problem: r.problem, detail: r.detail },
	);
}

export async function openResultFile(name: string, text: string, m: Model): Promise<void> {
	const r = (await readers()).decodeResultFile(text, m);
	$viewed.set(
		r.ok
			? { kind: 'ok', assessment: r.value, source: { file: name }, ...(r.migration ? { migration: r.migration } : {}) }
			: { kind: 'problem', problem: r.problem, detail: r.detail },
	);
}

/** True when this browser holds saved progress (readable or not) that keeping other results would replace. */
export function hasSavedProgress(): boolean {
	const st = $status.get();
	if (st.kind === 'problem') return true;
	// Not read yet (the readers load on demand): whatever is stored counts, so nothing is replaced unasked.
	if (st.kind === 'loading') {
		try {
			return !!storage()?.getItem(STORAGE_KEY);
		} catch {
			return true; // cannot tell: ask rather than replace
		}
	}
	const current = $state.get();
	return !!current && (Object.keys(current.answers).length > 0 || current.context !== null);
}

/**
 * Make the viewed results the person's own saved assessment. Without `confirmed`, refuses when
 * that would replace saved progress; with it, the old value is first set aside as a backup.
 */
export async function keepViewedAsOwn(confirmed: boolean, { dropOldest = false } = {}): Promise<'needs-confirm' | ReplaceOutcome> {
	const viewed = $viewed.get();
	if (viewed.kind !== 'ok' || !model) return { ok: false, why: 'save-failed' };
	if (hasSavedProgress() && !confirmed) return 'needs-confirm';
	const { context, answers, targets, plan } = viewed.assessment;
	const steps = assessmentSteps(model, context);
	return replaceSaved(
		{
			format: SAVED_FORMAT,
			modelVersion: model.meta.version,
			context,
			answers,
			targets: targets as Record<string, number>,
			step: steps.length - 1,
			updatedAt: '',
			...(plan ? { plan } : {}),
		},
		'keep-as-own',
		dropOldest,
	);
}

/* ---- History: completed assessments as dated snapshots, under their own key ---- */

export type HistoryStatus =
	{ kind: 'loading' } | { kind: 'ready'; history: History } | { kind: 'problem'; problem: InputProblem; detail: string; raw: string };

export const $history = atom<HistoryStatus>({ kind: 'loading' });
export const $historySaveFailed = atom(false);

export async function loadHistory(): Promise<void> {
	const raw = read(HISTORY_KEY);
	if (!raw) return $history.set({ kind: 'ready', history: emptyHistory() });
	const r = (await readers()).parseHistory(raw);
	$history.set(r.kind === 'ok' ? { kind: 'ready', history: r.history } : r);
}

function persistHistory(next: History): boolean {
	const saved = write(HISTORY_KEY, JSON.stringify(next));
	$historySaveFailed.set(!saved);
	if (saved) $history.set({ kind: 'ready', history: next });
	return saved;
}

/** Only a readable history is ever written: an unreadable one waits for the person's decision. */
function changeHistory(change: (h: History) => History): boolean {
	const h = $history.get();
	return h.kind === 'ready' ? persistHistory(change(h.history)) : false;
}

/** Keep a completed assessment. Returns whether it was new, or null when the history is unreadable. */
/** Keep a completed assessment in history: null when it could not be read or written, `full` at the limit. */
export function saveToHistory(assessment: SharedAssessment): { added: boolean; id: string } | { full: true } | null {
	const h = $history.get();
	if (h.kind !== 'ready') return null;
	const r = addSnapshot(h.history, assessment, newId(), HISTORY_TEXT.defaultName(assessment.createdAt));
	if (r.full) return { full: true };
	if (r.history !== h.history && !persistHistory(r.history)) return null;
	return { added: r.added, id: r.id };
}

export function renameInHistory(id: string, name: string): void {
	changeHistory((h) => renameSnapshot(h, id, name));
}

export function deleteFromHistory(id: string): void {
	changeHistory((h) => deleteSnapshot(h, id));
}

export type ImportOutcome = { source: string } & (
	{ ok: true; added: number; skipped: number } | { ok: false; problem: InputProblem | 'full'; detail: string }
);

/** Import history exports or single result files into the history. Each file gets its own outcome. */
export async function importIntoHistory(files: { name: string; text: string }[], m: Model): Promise<ImportOutcome[]> {
	const { decodeResultJson, parseHistoryJson } = await readers();
	return files.map(({ name, text }) => {
		const h = $history.get();
		if (h.kind !== 'ready') return { source: name, ok: false, problem: 'malformed', detail: HISTORY_TEXT.historyUnreadable };
		const json = parseJsonText(text);
		if (!json.ok) return { source: name, ok: false, problem: json.problem, detail: json.detail };
		let incoming: History;
		if (formatOf(json.value) === HISTORY_FORMAT) {
			const parsed = parseHistoryJson(json.value);
			if (!parsed.ok) return { source: name, ok: false, problem: parsed.problem, detail: parsed.detail };
			incoming = parsed.history;
		} else {
			const r = decodeResultJson(json.value, m);
			if (!r.ok) return { source: name, ok: false, problem: r.problem, detail: r.detail };
			incoming = addSnapshot(emptyHistory(), r.value, newId(), HISTORY_TEXT.defaultName(r.value.createdAt)).history;
		}
		const merged = mergeHistory(h.history, incoming);
		if (merged.full) return { source: name, ok: false, problem: 'full', detail: HISTORY_TEXT.full };
		if (merged.added > 0 && !persistHistory(merged.history))
			return { source: name, ok: false, problem: 'full', detail: HISTORY_TEXT.saveFailed };
		return { source: name, ok: true, added: merged.added, skipped: merged.skipped };
	});
}

/** Replace an unreadable history with an empty one, after setting it aside as a backup. */
export async function startNewHistory({ dropOldest = false } = {}): Promise<ReplaceOutcome> {
	const next = emptyHistory();
	const r = await (await backups()).replaceStored('history', 'new-history', JSON.stringify(next), { dropOldest });
	if (r.ok) $history.set({ kind: 'ready', history: next });
	$historySaveFailed.set(!r.ok && r.why === 'save-failed');
	return r;
}
