/**
 * The store's safety rules, with an in-memory storage that can be made full or blocked: a save
 * that fails says so, and nothing saved is replaced before a backup of it exists.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { context, model } from '../../tests/fixtures/model';
import { MemoryStorage } from '../../tests/fixtures/memory-storage';
import { BACKUPS_KEY } from '../lib/assessment/backups';
import { emptyState, STORAGE_KEY } from '../lib/assessment/saved';
import { $saveFailed, $state, acceptProposals, answer, loadAssessment, startOver } from './assessment';

let storage: MemoryStorage;
let blocked: boolean;
beforeEach(() => {
	storage = new MemoryStorage();
	blocked = false;
	Object.defineProperty(globalThis, 'window', {
		configurable: true,
		value: {
			get localStorage() {
				if (blocked) throw new DOMException('Access is denied.', 'SecurityError');
				return storage;
			},
		},
	});
});

const saved = (answers: Record<string, number>) => JSON.stringify({ ...emptyState(model), context, answers });

describe('assessment store', () => {
	it('saves each answer and says nothing failed', async () => {
		await loadAssessment(model, { offerResume: false });
		answer('a2', 3);
		expect(JSON.parse(storage.getItem(STORAGE_KEY)!).answers).toEqual({ a2: 3 });
		expect($saveFailed.get()).toBe(false);
	});
	it('says so when storage is full, and keeps the answer on screen', async () => {
		await loadAssessment(model, { offerResume: false });
		storage.full = true;
		answer('a2', 3);
		expect($saveFailed.get()).toBe(true);
		expect($state.get()?.answers).toEqual({ a2: 3 });
		storage.full = false;
		answer('a2x', 1);
		expect($saveFailed.get()).toBe(false);
	});
	it('says so when storage is blocked altogether (no storage is not a successful save)', async () => {
		await loadAssessment(model, { offerResume: false });
		blocked = true;
		answer('a2', 3);
		expect($saveFailed.get()).toBe(true);
	});
	it('starting over keeps the old progress as the backup first', async () => {
		storage.setItem(STORAGE_KEY, saved({ a2: 3 }));
		await loadAssessment(model, { offerResume: false });
		expect(await startOver()).toEqual({ ok: true, dropped: [] });
		const [backup] = JSON.parse(storage.getItem(BACKUPS_KEY)!).backups;
		expect(JSON.parse(backup.raw).answers).toEqual({ a2: 3 });
		expect(JSON.parse(storage.getItem(STORAGE_KEY)!).answers).toEqual({});
	});
	it('starting over with full storage replaces nothing and says the save failed', async () => {
		const before = saved({ a2: 3 });
		storage.setItem(STORAGE_KEY, before);
		await loadAssessment(model, { offerResume: false });
		storage.full = true;
		expect(await startOver()).toEqual({ ok: false, why: 'save-failed' });
		expect(storage.getItem(STORAGE_KEY)).toBe(before);
		expect(storage.getItem(BACKUPS_KEY)).toBeNull();
		expect($saveFailed.get()).toBe(true);
	});
});

describe('confirming proposed answers from the evidence scan', () => {
	// a2 (coverage: None, Some, At least half, Most or all), a2x (fact: No, Partly, Yes), b5y (families only).
	it('saves the chosen ones in one write and says how many changed', async () => {
		storage.setItem(STORAGE_KEY, saved({ a2x: 0 }));
		await loadAssessment(model, { offerResume: false });
		expect(acceptProposals([{ practiceId: 'a2', option: 2 }])).toBe(1);
		expect(JSON.parse(storage.getItem(STORAGE_KEY)!).answers).toEqual({ a2x: 0, a2: 2 });
		expect(
			acceptProposals([
				{ practiceId: 'a2x', option: 1 },
				{ practiceId: 'b2', option: 2 },
			]),
		).toBe(2);
		expect(JSON.parse(storage.getItem(STORAGE_KEY)!).answers).toEqual({ a2x: 1, a2: 2, b2: 2 });
	});
	it('never lowers an answer, never touches "Not applicable", and leaves questions this person is not asked alone', async () => {
		storage.setItem(STORAGE_KEY, saved({ a2: 3, a2x: 'not-applicable' } as unknown as Record<string, number>));
		await loadAssessment(model, { offerResume: false });
		const before = storage.getItem(STORAGE_KEY);
		expect(
			acceptProposals([
				{ practiceId: 'a2', option: 2 },
				{ practiceId: 'a2x', option: 1 },
				{ practiceId: 'b5y', option: 2 },
				{ practiceId: 'no-such-practice', option: 1 },
			]),
		).toBe(0);
		// Nothing changed, so nothing was written (not even a new date).
		expect(storage.getItem(STORAGE_KEY)).toBe(before);
	});
	it('replaces "Don\'t know" with what the files show', async () => {
		storage.setItem(STORAGE_KEY, saved({ a2: 'dont-know' } as unknown as Record<string, number>));
		await loadAssessment(model, { offerResume: false });
		expect(acceptProposals([{ practiceId: 'a2', option: 2 }])).toBe(1);
		expect($state.get()?.answers).toEqual({ a2: 2 });
	});
	it('changes nothing while saved progress cannot be read', async () => {
		storage.setItem(STORAGE_KEY, '{not json');
		await loadAssessment(model, { offerResume: false });
		expect(acceptProposals([{ practiceId: 'a2', option: 2 }])).toBe(0);
		expect(storage.getItem(STORAGE_KEY)).toBe('{not json');
	});
});
