/**
 * The backups list (lib/assessment/backups.ts): every replace of saved progress or of the history
 * goes through replaceStored(), which sets the old value aside first and replaces nothing whose
 * backup could not be written. The assessment store's actions ("Start over", "Keep as my own",
 * "Start a new history") and the backups page's "Restore" all call it, so the rules live here once:
 *
 * - the list is read fresh from storage before each change (another tab may have added to it);
 * - an unreadable list is never written over: the replace is refused, and the backups page says why;
 * - at the bound, the oldest backups go only when the person agreed (`dropOldest`), after being
 *   told which ones and offered their download;
 * - a write that fails is reported, and a list changed for a replace that then failed is put back.
 *
 * Loaded on demand by the assessment store (only when something is replaced), statically by the
 * backups page.
 */
import { atom } from 'nanostores';
import {
	addBackup,
	BACKUP_OF,
	backupsText,
	BACKUPS_KEY,
	emptyBackups,
	LEGACY_BACKUP_KEYS,
	LIVE_KEY,
	withLegacy,
	type Backup,
	type BackupOf,
	type BackupReason,
	type Backups,
	type BackupsProblem,
} from '../lib/assessment/backups';
import type { Model } from '../lib/assessment/model';
import { newId } from '../lib/new-id';
import { read, remove, write } from './local-storage';

export type BackupsStatus =
	{ kind: 'loading' } | { kind: 'ready'; backups: Backups } | { kind: 'problem'; problem: BackupsProblem; detail: string; raw: string };

export const $backups = atom<BackupsStatus>({ kind: 'loading' });

/** What a replace did. Every failure leaves the live value and the list as they were. */
export type ReplaceOutcome =
	| { ok: true; dropped: Backup[] }
	/** The list is at its bound: these oldest backups would go. Ask, then call again with dropOldest. */
	| { ok: false; why: 'full'; drop: Backup[] }
	/** too-large: the old value alone is larger than the list may be; unreadable: the stored list cannot be read. */
	| { ok: false; why: 'too-large' | 'unreadable' | 'save-failed' };

export type RestoreOutcome = ReplaceOutcome | { ok: false; why: 'gone' } | { ok: false; why: 'not-restorable'; detail: string };

const readers = () => import('../lib/assessment/readers');

/** The list as stored now, with the single backup slots of earlier versions moved in. */
async function readList(): Promise<Exclude<BackupsStatus, { kind: 'loading' }>> {
	const raw = read(BACKUPS_KEY);
	const legacy = BACKUP_OF.flatMap((of) => {
		const value = read(LEGACY_BACKUP_KEYS[of]);
		return value ? [{ of, raw: value }] : [];
	});
	if (raw === null && legacy.length === 0) return { kind: 'ready', backups: emptyBackups() };
	const r = (await readers()).parseBackups(raw);
	// A list that cannot be read is left as it is, and so are the old slots: nothing is merged into it.
	if (r.kind === 'problem') return r;
	if (legacy.length === 0) return { kind: 'ready', backups: r.backups };
	const { backups, moved } = withLegacy(r.backups, legacy, new Date().toISOString(), newId);
	// The old keys are removed only once the list holding their values is written.
	if (moved.length === 0 || !write(BACKUPS_KEY, backupsText(backups))) return { kind: 'ready', backups: r.backups };
	for (const of of moved) remove(LEGACY_BACKUP_KEYS[of]);
	return { kind: 'ready', backups };
}

/** Read the list for the page. */
export async function loadBackups(): Promise<void> {
	$backups.set(await readList());
}

/**
 * Replace the stored value of one kind with `next`, setting the old value aside first (when
 * there is one, it differs and, read with `model`, holds anything at all). Nothing is replaced
 * unless its backup was written.
 */
export async function replaceStored(
	of: BackupOf,
	reason: BackupReason,
	next: string,
	{ dropOldest = false, model }: { dropOldest?: boolean; model?: Model | undefined } = {},
): Promise<ReplaceOutcome> {
	const previous = read(LIVE_KEY[of]);
	let before: Backups | null = null;
	let dropped: Backup[] = [];
	if (previous && previous !== next && !(await readers()).holdsNothing(of, previous, model)) {
		const list = await readList();
		$backups.set(list);
		if (list.kind !== 'ready') return { ok: false, why: 'unreadable' };
		const r = addBackup(list.backups, { id: newId(), of, reason, setAsideAt: new Date().toISOString(), raw: previous }, { dropOldest });
		if (!r.ok) return r;
		if (!write(BACKUPS_KEY, backupsText(r.backups))) return { ok: false, why: 'save-failed' };
		before = list.backups;
		dropped = r.dropped;
		$backups.set({ kind: 'ready', backups: r.backups });
	}
	if (!write(LIVE_KEY[of], next)) {
		// The replace did not happen, so its backup (and any oldest dropped for it) is undone.
		if (before && write(BACKUPS_KEY, backupsText(before))) $backups.set({ kind: 'ready', backups: before });
		return { ok: false, why: 'save-failed' };
	}
	return { ok: true, dropped };
}

/**
 * Set a value aside without replacing anything, unless the list holds it already: progress saved
 * with an older model, before its carried-over answers are first written. Never drops an older
 * backup for it (there is nobody to ask on a page load): false when it could not be listed.
 */
export async function setAsideOnce(of: BackupOf, reason: BackupReason, raw: string): Promise<boolean> {
	const list = await readList();
	if (list.kind !== 'ready') return false;
	if (list.backups.backups.some((b) => b.of === of && b.raw === raw)) return true;
	const r = addBackup(list.backups, { id: newId(), of, reason, setAsideAt: new Date().toISOString(), raw });
	if (!r.ok || !write(BACKUPS_KEY, backupsText(r.backups))) return false;
	$backups.set({ kind: 'ready', backups: r.backups });
	return true;
}

/** Put a backup back as the live value, through the same readers as the live value (a damaged one is refused). */
export async function restoreBackup(id: string, model: Model, { dropOldest = false } = {}): Promise<RestoreOutcome> {
	const list = await readList();
	$backups.set(list);
	if (list.kind !== 'ready') return { ok: false, why: 'unreadable' };
	const backup = list.backups.backups.find((b) => b.id === id);
	if (!backup) return { ok: false, why: 'gone' };
	const read = (await readers()).readBackup(backup, model);
	if (!read.readable) return { ok: false, why: 'not-restorable', detail: read.detail };
	return replaceStored(backup.of, 'restore', backup.raw, { dropOldest, model });
}

/**
 * Replace an unreadable list with an empty one. Only from the backups page, after the person
 * was shown the problem, offered the download and confirmed: it is the one write over it.
 */
export function startNewBackups(): boolean {
	const next = emptyBackups();
	if (!write(BACKUPS_KEY, backupsText(next))) return false;
	$backups.set({ kind: 'ready', backups: next });
	return true;
}
