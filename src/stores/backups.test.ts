/**
 * The backups rules, with an in-memory storage that can be made full: every replace sets the old
 * value aside first, a full list asks before the oldest goes, an unreadable list is never written
 * over, and a write that fails changes nothing and says so.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { realModel } from '../../tests/real-model';
import { assessment, context, model } from '../../tests/fixtures/model';
import { MemoryStorage } from '../../tests/fixtures/memory-storage';
import { BACKUPS_KEY, LEGACY_BACKUP_KEYS, MAX_BACKUPS, type Backup } from '../lib/assessment/backups';
import { addSnapshot, emptyHistory, HISTORY_KEY } from '../lib/assessment/history';
import { emptyState, STORAGE_KEY } from '../lib/assessment/saved';
import {
	$history,
	$viewed,
	answer,
	keepViewedAsOwn,
	loadAssessment,
	loadHistory,
	PRE_MIGRATION_KEY,
	startNewHistory,
	startOver,
} from './assessment';
import { $backups, loadBackups, restoreBackup, startNewBackups } from './backups';

let storage: MemoryStorage;
beforeEach(() => {
	storage = new MemoryStorage();
	Object.defineProperty(globalThis, 'window', { configurable: true, value: { localStorage: storage } });
});

const saved = (answers: Record<string, number>) => JSON.stringify({ ...emptyState(model), context, answers });
const stored = (): Backup[] => JSON.parse(storage.getItem(BACKUPS_KEY)!).backups;
const answersOf = (raw: string | null) => JSON.parse(raw!).answers;

/** Saved progress with these answers, replaced by "Start over". */
async function startOverFrom(answers: Record<string, number>) {
	storage.setItem(STORAGE_KEY, saved(answers));
	await loadAssessment(model, { offerResume: false });
	return startOver();
}

describe('backups', () => {
	it('three "Start over" keep three dated backups, the original among them', async () => {
		for (const a of [{ a2: 1 }, { a2: 2 }, { a2: 3 }]) expect((await startOverFrom(a)).ok).toBe(true);
		const list = stored();
		expect(list.map((b) => [b.reason, answersOf(b.raw)])).toEqual([
			['start-over', { a2: 1 }],
			['start-over', { a2: 2 }],
			['start-over', { a2: 3 }],
		]);
		for (const b of list) expect(Number.isNaN(Date.parse(b.setAsideAt))).toBe(false);
	});

	it('restoring sets the current progress aside first, then puts the backup back as it was', async () => {
		await startOverFrom({ a2: 1 });
		const first = stored()[0]!;
		storage.setItem(STORAGE_KEY, saved({ a2: 3 }));
		expect(await restoreBackup(first.id, model)).toEqual({ ok: true, dropped: [] });
		expect(storage.getItem(STORAGE_KEY)).toBe(first.raw);
		expect(stored().map((b) => [b.reason, answersOf(b.raw)])).toEqual([
			['start-over', { a2: 1 }],
			['restore', { a2: 3 }],
		]);
	});

	it('an empty assessment is replaced without a backup: it holds nothing to lose', async () => {
		storage.setItem(STORAGE_KEY, JSON.stringify(emptyState(model)));
		await loadAssessment(model, { offerResume: false });
		expect(await startOver()).toEqual({ ok: true, dropped: [] });
		expect(storage.getItem(BACKUPS_KEY)).toBeNull();
	});

	it('refuses to restore a backup its reader refuses, and changes nothing', async () => {
		const damaged = '{"format":1,"answers":';
		storage.setItem(STORAGE_KEY, damaged);
		await loadAssessment(model, { offerResume: false });
		await startOver();
		const now = storage.getItem(STORAGE_KEY);
		const r = await restoreBackup(stored()[0]!.id, model);
		expect(r).toMatchObject({ ok: false, why: 'not-restorable' });
		expect(storage.getItem(STORAGE_KEY)).toBe(now);
		// The damaged value is still kept, as it was, for download.
		expect(stored()[0]!.raw).toBe(damaged);
	});

	it('at the bound, asks before dropping the oldest, and drops it only when told to', async () => {
		for (let i = 0; i < MAX_BACKUPS; i++) await startOverFrom({ a2: i % 4 });
		const before = storage.getItem(BACKUPS_KEY);
		storage.setItem(STORAGE_KEY, saved({ a3: 1 }));
		const asked = await startOver();
		expect(asked).toMatchObject({ ok: false, why: 'full', drop: [{ id: stored()[0]!.id }] });
		expect(storage.getItem(BACKUPS_KEY)).toBe(before);
		expect(answersOf(storage.getItem(STORAGE_KEY))).toEqual({ a3: 1 });
		const agreed = await startOver({ dropOldest: true });
		expect(agreed.ok && agreed.dropped).toHaveLength(1);
		expect(stored()).toHaveLength(MAX_BACKUPS);
		expect(answersOf(stored().at(-1)!.raw)).toEqual({ a3: 1 });
	});

	it('an unreadable list is never written over: the replace is refused and the list kept', async () => {
		const corrupt = '{"format":"agentops-backups","formatVersion":1,"backups":[{"id":';
		storage.setItem(BACKUPS_KEY, corrupt);
		const mine = saved({ a2: 2 });
		storage.setItem(STORAGE_KEY, mine);
		await loadAssessment(model, { offerResume: false });
		expect(await startOver()).toEqual({ ok: false, why: 'unreadable' });
		expect(storage.getItem(BACKUPS_KEY)).toBe(corrupt);
		expect(storage.getItem(STORAGE_KEY)).toBe(mine);
		expect($backups.get()).toMatchObject({ kind: 'problem', problem: 'not-json', raw: corrupt });
		// Only the page's explicit "Start a new backups list" replaces it.
		expect(startNewBackups()).toBe(true);
		expect(await startOver()).toMatchObject({ ok: true });
	});

	it('storage full: start over and restore change nothing and say the save failed', async () => {
		await startOverFrom({ a2: 1 });
		const id = stored()[0]!.id;
		const [list, live] = [storage.getItem(BACKUPS_KEY), storage.getItem(STORAGE_KEY)];
		storage.full = true;
		expect(await startOver()).toEqual({ ok: false, why: 'save-failed' });
		expect(await restoreBackup(id, model)).toEqual({ ok: false, why: 'save-failed' });
		expect([storage.getItem(BACKUPS_KEY), storage.getItem(STORAGE_KEY)]).toEqual([list, live]);
	});

	it('quota reached between the backup and the replace: the backup (and any oldest dropped for it) is put back', async () => {
		for (let i = 0; i < MAX_BACKUPS; i++) await startOverFrom({ a2: i % 4 });
		const list = storage.getItem(BACKUPS_KEY);
		storage.setItem(STORAGE_KEY, saved({ a3: 1 }));
		storage.fullFor.add(STORAGE_KEY);
		expect(await startOver({ dropOldest: true })).toEqual({ ok: false, why: 'save-failed' });
		expect(storage.getItem(BACKUPS_KEY)).toBe(list);
		expect(answersOf(storage.getItem(STORAGE_KEY))).toEqual({ a3: 1 });
	});

	it('moves the single backup slots of earlier versions into the list on first read, nothing lost', async () => {
		const [progress, history] = [saved({ a2: 2 }), '{"format":"agentops-assessment-history","formatVersion":1,"snapshots":[{"id":'];
		storage.setItem(LEGACY_BACKUP_KEYS.progress, progress);
		storage.setItem(LEGACY_BACKUP_KEYS.history, history);
		await loadBackups();
		expect(stored().map((b) => [b.of, b.reason, b.raw])).toEqual([
			['history', 'single-slot', history],
			['progress', 'single-slot', progress],
		]);
		expect(storage.getItem(LEGACY_BACKUP_KEYS.progress)).toBeNull();
		expect(storage.getItem(LEGACY_BACKUP_KEYS.history)).toBeNull();
	});

	it('keeps the old slots where they are when the list holding them cannot be written', async () => {
		const progress = saved({ a2: 2 });
		storage.setItem(LEGACY_BACKUP_KEYS.progress, progress);
		storage.full = true;
		await loadBackups();
		expect(storage.getItem(LEGACY_BACKUP_KEYS.progress)).toBe(progress);
		expect(storage.getItem(BACKUPS_KEY)).toBeNull();
	});

	it('"Keep as my own" sets the saved progress aside, with its reason', async () => {
		const mine = saved({ a2: 1 });
		storage.setItem(STORAGE_KEY, mine);
		await loadAssessment(model, { offerResume: false });
		$viewed.set({ kind: 'ok', assessment, source: { link: true } });
		expect(await keepViewedAsOwn(false)).toBe('needs-confirm');
		expect(storage.getItem(STORAGE_KEY)).toBe(mine);
		expect(await keepViewedAsOwn(true)).toMatchObject({ ok: true });
		expect(stored().map((b) => [b.reason, b.raw])).toEqual([['keep-as-own', mine]]);
	});

	it('"Start a new history" sets the unreadable history aside; a full storage keeps it in place', async () => {
		const raw = '{"format":"agentops-assessment-history","formatVersion":1,"snapshots":[{"id":';
		storage.setItem(HISTORY_KEY, raw);
		await loadHistory();
		expect($history.get().kind).toBe('problem');
		storage.full = true;
		expect(await startNewHistory()).toEqual({ ok: false, why: 'save-failed' });
		expect(storage.getItem(HISTORY_KEY)).toBe(raw);
		storage.full = false;
		expect(await startNewHistory()).toMatchObject({ ok: true });
		expect(stored().map((b) => [b.of, b.reason, b.raw])).toEqual([['history', 'new-history', raw]]);
		expect($history.get().kind).toBe('ready');
	});

	it('progress saved with an older model is listed once, as it was, before its carried-over answers are written', async () => {
		const real = await realModel();
		const v1 = readFileSync('tests/fixtures/v1/saved-progress.json', 'utf8');
		storage.setItem(STORAGE_KEY, v1);
		for (let i = 0; i < 2; i++) await loadAssessment(real, { offerResume: false });
		expect(stored().map((b) => [b.reason, b.raw])).toEqual([['carried-over', v1]]);
		const first = real.dimensions[0]!.practices[0]!.id;
		answer(first, 0);
		expect(JSON.parse(storage.getItem(STORAGE_KEY)!).modelVersion).toBe(real.meta.version);
		expect(stored()[0]!.raw).toBe(v1);
		expect(storage.getItem(PRE_MIGRATION_KEY(1))).toBeNull();
	});

	it('with the list full, the older progress goes to its own key instead: nothing is dropped on a page load', async () => {
		for (let i = 0; i < MAX_BACKUPS; i++) await startOverFrom({ a2: i % 4 });
		const list = storage.getItem(BACKUPS_KEY);
		const real = await realModel();
		const v1 = readFileSync('tests/fixtures/v1/saved-progress.json', 'utf8');
		storage.setItem(STORAGE_KEY, v1);
		await loadAssessment(real, { offerResume: false });
		expect(storage.getItem(BACKUPS_KEY)).toBe(list);
		expect(storage.getItem(PRE_MIGRATION_KEY(1))).toBe(v1);
	});

	it('restores a history through the history reader; an empty history in its place needs no backup', async () => {
		const kept = JSON.stringify(addSnapshot(emptyHistory(), assessment, 's1', 'Q1').history);
		const list = {
			format: 'agentops-backups',
			formatVersion: 1,
			backups: [{ id: 'h1', of: 'history', reason: 'new-history', setAsideAt: '2026-12-01T09:00:00.000Z', raw: kept }],
		};
		storage.setItem(BACKUPS_KEY, JSON.stringify(list));
		storage.setItem(HISTORY_KEY, JSON.stringify(emptyHistory()));
		expect(await restoreBackup('h1', model)).toEqual({ ok: true, dropped: [] });
		expect(storage.getItem(HISTORY_KEY)).toBe(kept);
		expect(stored().map((b) => b.id)).toEqual(['h1']);
		expect(await restoreBackup('no-such-id', model)).toEqual({ ok: false, why: 'gone' });
	});
});
