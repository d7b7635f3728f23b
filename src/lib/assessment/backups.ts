/**
 * Backups: the saved progress and histories this browser replaced, kept as a short dated list
 * under their own versioned localStorage key, so a second "Start over" never overwrites the first.
 *
 * Stored JSON (backups format 1), oldest first:
 *   { format: "agentops-backups", formatVersion: 1,
 *     backups: [{ id, of: "progress" | "history", reason, setAsideAt (ISO), raw }] }
 * `raw` is the stored text exactly as it was, readable or not: a damaged value is kept too, so it
 * can still be downloaded even when it cannot be restored.
 *
 * Before this list, one key per kind held a single backup (`agentops:assessment:backup`,
 * `agentops:history:backup`); the store moves them into the list on first read and removes the old
 * keys only once the list is written (see LEGACY_BACKUP_KEYS).
 *
 * Bounds: MAX_BACKUPS entries and MAX_BACKUPS_CHARS of stored text. When a new backup does not fit,
 * the oldest would have to go; that is never done unasked: addBackup() says which ones, and the
 * page where the person acted asks (with a download of them) before going on. Refusing outright
 * would leave "Start over" unusable until the person cleaned up a list they may never have seen;
 * dropping silently would lose exactly what this list exists to keep. Reading it is in
 * backups-reader.ts (zod); this module holds no zod.
 */
import { HISTORY_KEY } from './history';
import { STORAGE_KEY } from './saved';

export const BACKUPS_KEY = 'agentops:backups';
export const BACKUPS_FORMAT = 'agentops-backups';
export const BACKUPS_FORMAT_VERSION = 1;
/** The issue asks for at least the last five; ten leaves room for a few restores in between. */
export const MAX_BACKUPS = 10;
/**
 * Stored text of the whole list, in characters. Browsers give an origin about 5 MB of
 * localStorage (MDN, "Storage quotas and eviction criteria"); a full history is read up to 1 MB
 * (json-text.ts), so this holds one full-size history backup beside the live data.
 */
export const MAX_BACKUPS_CHARS = 2_000_000;

export const BACKUP_OF = ['progress', 'history'] as const;
export type BackupOf = (typeof BACKUP_OF)[number];

/**
 * Why a state was set aside. `carried-over`: progress saved with an older model, kept as it was
 * before its answers were carried over to the current questions; `single-slot`: the one backup
 * copy kept before this list existed.
 */
export const BACKUP_REASONS = ['start-over', 'keep-as-own', 'new-history', 'restore', 'carried-over', 'single-slot'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export type Backup = {
	/** Stable id, unique in the list. */
	id: string;
	/** Which stored value this was. */
	of: BackupOf;
	reason: BackupReason;
	/** When it was set aside (ISO date-time). */
	setAsideAt: string;
	/** The stored text as it was. */
	raw: string;
};

export type Backups = { format: typeof BACKUPS_FORMAT; formatVersion: 1; backups: Backup[] };

/** Why a stored backups list cannot be read; each has a sentence in messages.ts (BACKUPS_TEXT.problem). */
export type BackupsProblem = 'not-json' | 'unknown-format' | 'malformed' | 'too-large';
export type BackupsLoad = { kind: 'ok'; backups: Backups } | { kind: 'problem'; problem: BackupsProblem; detail: string; raw: string };

/** The live key each kind of backup was taken from, and is restored to. */
export const LIVE_KEY: Record<BackupOf, string> = { progress: STORAGE_KEY, history: HISTORY_KEY };
/** The single backup slots of earlier versions, moved into the list on first read. */
export const LEGACY_BACKUP_KEYS: Record<BackupOf, string> = { progress: `${STORAGE_KEY}:backup`, history: `${HISTORY_KEY}:backup` };

export const emptyBackups = (): Backups => ({ format: BACKUPS_FORMAT, formatVersion: BACKUPS_FORMAT_VERSION, backups: [] });

/** The list as stored: its size is what the bound counts. */
export const backupsText = (b: Backups): string => JSON.stringify(b);

export type AddResult =
	| { ok: true; backups: Backups; dropped: Backup[] }
	/** The bound is reached: these oldest backups would have to go. Ask, then call again with dropOldest. */
	| { ok: false; why: 'full'; drop: Backup[] }
	/** This one alone is larger than the whole list may be. */
	| { ok: false; why: 'too-large' };

/** Add a backup at the newest end, dropping the oldest only when `dropOldest` says the person agreed. */
export function addBackup(list: Backups, entry: Backup, { dropOldest = false } = {}): AddResult {
	if (backupsText({ ...list, backups: [entry] }).length > MAX_BACKUPS_CHARS) return { ok: false, why: 'too-large' };
	const all = [...list.backups, entry];
	let from = Math.max(0, all.length - MAX_BACKUPS);
	while (backupsText({ ...list, backups: all.slice(from) }).length > MAX_BACKUPS_CHARS) from++;
	const dropped = all.slice(0, from);
	if (dropped.length > 0 && !dropOldest) return { ok: false, why: 'full', drop: dropped };
	return { ok: true, backups: { ...list, backups: all.slice(from) }, dropped };
}

/**
 * Move the single backup slots of earlier versions into the list, oldest position first (they
 * predate every entry). One that does not fit without dropping something stays in its old key,
 * and is not reported as moved.
 */
export function withLegacy(
	list: Backups,
	legacy: { of: BackupOf; raw: string }[],
	now: string,
	newId: () => string,
): { backups: Backups; moved: BackupOf[] } {
	let backups = list;
	const moved: BackupOf[] = [];
	for (const { of, raw } of legacy) {
		const entry: Backup = { id: newId(), of, reason: 'single-slot', setAsideAt: now, raw };
		const r = addBackup({ ...backups, backups: [] }, entry);
		const merged = { ...backups, backups: [entry, ...backups.backups] };
		if (!r.ok || merged.backups.length > MAX_BACKUPS || backupsText(merged).length > MAX_BACKUPS_CHARS) continue;
		backups = merged;
		moved.push(of);
	}
	return { backups, moved };
}

/** Newest first, as the page lists them. */
export const newestFirst = (b: Backups): Backup[] => [...b.backups].reverse();

/** A file name that says what it holds and when it was set aside: agentops-backup-progress-2026-12-04-1805-33.json. */
export function backupFileName(b: Backup): string {
	const stamp = b.setAsideAt
		.slice(0, 19)
		.replace('T', '-')
		.replaceAll(':', '')
		.replace(/^(\d{4}-\d{2}-\d{2}-\d{4})(\d{2})$/, '$1-$2');
	return `agentops-backup-${b.of === 'progress' ? 'saved-progress' : 'history'}-${stamp}.json`;
}
