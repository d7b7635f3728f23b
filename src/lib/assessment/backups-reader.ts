/**
 * Reading the backups list back (the format is in backups.ts), and reading one backup for the
 * page: what it holds, and whether it can be restored. Restoring goes through the same readers
 * as the live values (parseSaved, parseHistory), so a backup never brings back what the site
 * would refuse to load. Holds the zod schemas; islands load it on demand (readers.ts).
 */
import '../zod-csp';
import * as z from 'zod/mini';
import { isIsoDate } from '../iso-date';
import {
	BACKUP_OF,
	BACKUP_REASONS,
	BACKUPS_FORMAT,
	BACKUPS_FORMAT_VERSION,
	emptyBackups,
	MAX_BACKUPS,
	MAX_BACKUPS_CHARS,
	type Backup,
	type Backups,
	type BackupsLoad,
} from './backups';
import { formatOf } from './json-text';
import { parseHistory } from './history-reader';
import type { Context, Model } from './model';
import { parseSaved } from './saved-reader';

const backupSchema = z.object({
	id: z.string().check(z.minLength(1), z.maxLength(64)),
	of: z.enum(BACKUP_OF),
	reason: z.enum(BACKUP_REASONS),
	setAsideAt: z.string().check(z.refine((s) => isIsoDate(s), 'not an ISO date-time')),
	raw: z.string().check(z.minLength(1)),
});

const backupsSchema = z.object({
	format: z.literal(BACKUPS_FORMAT),
	formatVersion: z.literal(BACKUPS_FORMAT_VERSION),
	backups: z.array(backupSchema).check(z.maxLength(MAX_BACKUPS)),
});

/** Read the stored list. Nothing stored is an empty list; anything unreadable is a problem with the raw text, never a reset. */
export function parseBackups(raw: string | null): BackupsLoad {
	if (raw === null || raw === '') return { kind: 'ok', backups: emptyBackups() };
	const problem = (p: Extract<BackupsLoad, { kind: 'problem' }>['problem'], detail: string): BackupsLoad => ({
		kind: 'problem',
		problem: p,
		detail,
		raw,
	});
	if (raw.length > MAX_BACKUPS_CHARS) return problem('too-large', `${raw.length} characters; at most ${MAX_BACKUPS_CHARS}`);
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return problem('not-json', 'not valid JSON');
	}
	if (formatOf(json) !== BACKUPS_FORMAT) return problem('malformed', 'not a list of backups');
	const version = (json as { formatVersion?: unknown }).formatVersion;
	if (version !== BACKUPS_FORMAT_VERSION) return problem('unknown-format', `format version ${String(version).slice(0, 20)}`);
	const parsed = backupsSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return problem(issue.code === 'too_big' ? 'too-large' : 'malformed', `${issue.path.join('.') || 'value'}: ${issue.message}`);
	}
	const ids = new Set<string>();
	for (const b of parsed.data.backups) {
		if (ids.has(b.id)) return problem('malformed', `backup id "${b.id}" appears twice`);
		ids.add(b.id);
	}
	return { kind: 'ok', backups: parsed.data as Backups };
}

/** What a backup holds, as the page lists it. */
export type BackupSummary =
	| { readable: true; of: 'progress'; answered: number; context: Context | null }
	| { readable: true; of: 'history'; snapshots: number }
	| { readable: false; detail: string };

/** Read a backup as the live value would be read: a readable one can be restored as it is. */
export function readBackup(b: Backup, model: Model): BackupSummary {
	if (b.of === 'progress') {
		const r = parseSaved(b.raw, model);
		if (r.kind === 'ok') return { readable: true, of: 'progress', answered: Object.keys(r.state.answers).length, context: r.state.context };
		return { readable: false, detail: r.kind === 'problem' ? r.detail : 'empty' };
	}
	const r = parseHistory(b.raw);
	return r.kind === 'ok' ? { readable: true, of: 'history', snapshots: r.history.snapshots.length } : { readable: false, detail: r.detail };
}

/**
 * True only for a value the live reader reads as holding nothing to lose: saved progress with no
 * context, no answers and no plan (what "Start over" leaves), or a history with no snapshots.
 * Setting those aside would fill the list with empties and push real backups out. Anything the
 * reader refuses (damaged, another model version) is never "nothing": it is kept. Without the
 * model, saved progress cannot be read, so it counts as something.
 */
export function holdsNothing(of: Backup['of'], raw: string, model?: Model): boolean {
	if (of === 'history') {
		const r = parseHistory(raw);
		return r.kind === 'ok' && r.history.snapshots.length === 0;
	}
	if (!model) return false;
	const r = parseSaved(raw, model);
	return r.kind === 'ok' && r.state.context === null && Object.keys(r.state.answers).length === 0 && !r.state.plan && !r.state.fromQuick;
}
