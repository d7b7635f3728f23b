import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import {
	addBackup,
	backupFileName,
	backupsText,
	emptyBackups,
	MAX_BACKUPS,
	MAX_BACKUPS_CHARS,
	newestFirst,
	withLegacy,
	type Backup,
	type Backups,
} from './backups';
import { holdsNothing, parseBackups, readBackup } from './backups-reader';
import { emptyHistory } from './history';
import { emptyState } from './saved';

const at = (i: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, i)).toISOString();
const entry = (i: number, raw = `{"n":${i}}`): Backup => ({ id: `b${i}`, of: 'progress', reason: 'start-over', setAsideAt: at(i), raw });
const listOf = (n: number): Backups => ({ ...emptyBackups(), backups: Array.from({ length: n }, (_, i) => entry(i)) });

describe('backups list', () => {
	it('adds at the newest end and lists newest first', () => {
		const r = addBackup(listOf(2), entry(2));
		expect(r.ok && newestFirst(r.backups).map((b) => b.id)).toEqual(['b2', 'b1', 'b0']);
	});
	it('keeps at least five: a full list of MAX_BACKUPS asks before dropping the oldest', () => {
		expect(MAX_BACKUPS).toBeGreaterThanOrEqual(5);
		const full = listOf(MAX_BACKUPS);
		const asked = addBackup(full, entry(99));
		expect(asked).toEqual({ ok: false, why: 'full', drop: [full.backups[0]] });
		const agreed = addBackup(full, entry(99), { dropOldest: true });
		expect(agreed.ok && agreed.backups.backups.map((b) => b.id)).toEqual([...full.backups.slice(1).map((b) => b.id), 'b99']);
		expect(agreed.ok && agreed.dropped.map((b) => b.id)).toEqual(['b0']);
	});
	it('counts the stored size too: a large entry may need several oldest to go', () => {
		const big = (i: number) => entry(i, 'x'.repeat(Math.floor(MAX_BACKUPS_CHARS / 3)));
		const list = { ...emptyBackups(), backups: [big(0), big(1)] };
		const r = addBackup(list, big(2));
		expect(r.ok ? [] : r.why === 'full' && r.drop.map((b) => b.id)).toEqual(['b0']);
		const ok = addBackup(list, big(2), { dropOldest: true });
		expect(ok.ok && backupsText(ok.backups).length).toBeLessThanOrEqual(MAX_BACKUPS_CHARS);
	});
	it('refuses one entry larger than the whole list may be, dropping nothing', () => {
		expect(addBackup(listOf(1), entry(5, 'x'.repeat(MAX_BACKUPS_CHARS)), { dropOldest: true })).toEqual({ ok: false, why: 'too-large' });
	});
	it('moves the single backup slots of earlier versions in, before every newer entry', () => {
		let n = 0;
		const r = withLegacy(listOf(1), [{ of: 'history', raw: '{"old":1}' }], at(30), () => `legacy${n++}`);
		expect(r.moved).toEqual(['history']);
		expect(r.backups.backups.map((b) => [b.id, b.of, b.reason])).toEqual([
			['legacy0', 'history', 'single-slot'],
			['b0', 'progress', 'start-over'],
		]);
		// A full list takes none: the old slot stays where it is, reported as not moved.
		expect(withLegacy(listOf(MAX_BACKUPS), [{ of: 'progress', raw: 'x' }], at(30), () => 'l').moved).toEqual([]);
	});
	it('tells a value with nothing to lose from every other, damaged ones included', () => {
		const empty = JSON.stringify(emptyState(model));
		expect(holdsNothing('progress', empty, model)).toBe(true);
		expect(holdsNothing('progress', empty), 'unread without the model').toBe(false);
		expect(holdsNothing('history', JSON.stringify(emptyHistory()))).toBe(true);
		expect(holdsNothing('progress', JSON.stringify({ ...emptyState(model), context }), model)).toBe(false);
		expect(holdsNothing('progress', JSON.stringify({ ...emptyState(model), answers: { a2: 1 } }), model)).toBe(false);
		expect(holdsNothing('progress', JSON.stringify({ ...emptyState(model), plan: { start: '2026-12-01', steps: {} } }), model)).toBe(false);
		// Refused by the reader, so kept, even with nothing in it: another model version, damaged text.
		expect(holdsNothing('progress', JSON.stringify({ ...emptyState(model), modelVersion: 999 }), model)).toBe(false);
		for (const damaged of ['{"format":1,"answers":', '[]', 'null', '{}'])
			expect(holdsNothing('progress', damaged, model), damaged).toBe(false);
		expect(holdsNothing('history', '{"format":"agentops-assessment-history","formatVersion":1,"snapshots":[{"id":')).toBe(false);
	});
	it('names files by what they hold and when they were set aside', () => {
		expect(backupFileName(entry(7))).toBe('agentops-backup-saved-progress-2026-12-01-0900-07.json');
		expect(backupFileName({ ...entry(7), of: 'history' })).toBe('agentops-backup-history-2026-12-01-0900-07.json');
	});
});

describe('reading the stored list', () => {
	it('round-trips, and reads nothing as an empty list', () => {
		const list = listOf(3);
		expect(parseBackups(backupsText(list))).toEqual({ kind: 'ok', backups: list });
		expect(parseBackups(null)).toEqual({ kind: 'ok', backups: emptyBackups() });
	});
	it.each([
		['not JSON', '{"format":"agentops-backups",', 'not-json'],
		['another format', '{"format":"agentops-assessment-history","formatVersion":1,"snapshots":[]}', 'malformed'],
		['a newer format version', '{"format":"agentops-backups","formatVersion":2,"backups":[]}', 'unknown-format'],
		[
			'a date that is not ISO',
			JSON.stringify({ ...listOf(0), backups: [{ ...entry(1), setAsideAt: 'Approved by the CISO 2026' }] }),
			'malformed',
		],
		['an unknown kind', JSON.stringify({ ...listOf(0), backups: [{ ...entry(1), of: 'agenda' }] }), 'malformed'],
		['an id twice', JSON.stringify({ ...listOf(0), backups: [entry(1), entry(1)] }), 'malformed'],
		['more entries than it may hold', backupsText(listOf(MAX_BACKUPS + 1)), 'too-large'],
		['more text than it may hold', 'x'.repeat(MAX_BACKUPS_CHARS + 1), 'too-large'],
	])('%s is a problem with the raw text kept', (_name, raw, problem) => {
		expect(parseBackups(raw)).toMatchObject({ kind: 'problem', problem, raw });
	});
});

describe('reading one backup', () => {
	it('says what saved progress holds, through the saved-progress reader', () => {
		const raw = JSON.stringify({ ...emptyState(model), context, answers: { a2: 3, a3: 1 } });
		expect(readBackup({ ...entry(1), raw }, model)).toEqual({ readable: true, of: 'progress', answered: 2, context });
	});
	it('counts the assessments of a history', () => {
		expect(readBackup({ ...entry(1), of: 'history', raw: JSON.stringify(emptyHistory()) }, model)).toEqual({
			readable: true,
			of: 'history',
			snapshots: 0,
		});
	});
	it('calls a damaged value unreadable, with why', () => {
		expect(readBackup({ ...entry(1), raw: '{"format":1,"answers":' }, model)).toEqual({ readable: false, detail: 'not valid JSON' });
	});
});
