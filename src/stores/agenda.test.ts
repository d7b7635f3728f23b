/**
 * The agenda store's promises: a link to a path never replaces a saved agenda of the person's
 * own without asking, and no change is made (or saved) that the stored reader would refuse after
 * a reload: a limit reached is said, not applied by dropping anything.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { AGENDA_STORAGE_KEY, agendaFromPath, blankAgenda } from '../lib/workshop/agenda';
import { MAX_ITEMS } from '../lib/workshop/limits';
import { AGENDA_LIMIT_TEXT } from '../lib/workshop/messages';
import { parseStoredAgenda } from '../lib/workshop/stored-agenda';
import type { ModuleSummary, PathSummary } from '../lib/workshop/types';
import { MemoryStorage } from '../../tests/fixtures/memory-storage';
import {
	$agenda,
	$pendingPath,
	$previous,
	$refused,
	addCustomBlock,
	addDayBreak,
	addModuleToAgenda,
	initAgenda,
	keepAgenda,
	PREVIOUS_KEY,
	replaceWithPendingPath,
	undoReplace,
	updateSettings,
} from './agenda';

const mod = (id: string, order: number): ModuleSummary => ({
	id,
	title: `Module ${id}`,
	description: '',
	order,
	dimensions: [],
	levels: [2],
	teachingMinutes: 15,
	exerciseMinutes: 30,
	prerequisites: [],
	objectives: [],
});
const modules = [mod('a', 1), mod('b', 2), mod('c', 3)];
const team: PathSummary = {
	id: 'team',
	title: 'Team half day',
	scale: 'team',
	length: 'Half a day',
	modules: ['a', 'b'],
	newDayBefore: [],
	start: '09:00',
	breaks: { every: 90, minutes: 15, lunch: null },
};

let storage: Map<string, string>;
beforeEach(() => {
	const memory = new MemoryStorage();
	storage = memory.items;
	Object.defineProperty(globalThis, 'window', { configurable: true, value: { localStorage: memory } });
	$pendingPath.set(null);
	$previous.set(null);
	$refused.set('');
});

const stored = () => parseStoredAgenda(storage.get(AGENDA_STORAGE_KEY) ?? null, modules);

describe('a link to a path over a saved agenda', () => {
	const mine = {
		...agendaFromPath(team, '2026-06-01'),
		title: 'Our own day',
		items: [{ key: 'module:c', kind: 'module' as const, moduleId: 'c' }],
	};

	it('asks first, and keeping the saved agenda changes nothing', async () => {
		storage.set(AGENDA_STORAGE_KEY, JSON.stringify(mine));
		await initAgenda(modules, [team], '?path=team');
		expect($pendingPath.get()?.id).toBe('team');
		expect($agenda.get()).toEqual(mine);
		keepAgenda();
		expect($pendingPath.get()).toBeNull();
		expect(stored()).toEqual({ kind: 'ok', agenda: mine });
	});

	it('replaces it with the stock path only when chosen, and it can be brought back', async () => {
		storage.set(AGENDA_STORAGE_KEY, JSON.stringify(mine));
		await initAgenda(modules, [team], '?path=team');
		expect(stored()).toEqual({ kind: 'ok', agenda: mine });
		replaceWithPendingPath();
		expect(stored()).toEqual({ kind: 'ok', agenda: agendaFromPath(team, '2026-06-01') });
		undoReplace();
		expect(stored()).toEqual({ kind: 'ok', agenda: mine });
	});

	it('keeps the replaced agenda across a reload, and bringing it back clears it', async () => {
		storage.set(AGENDA_STORAGE_KEY, JSON.stringify(mine));
		await initAgenda(modules, [team], '?path=team');
		replaceWithPendingPath();
		expect(parseStoredAgenda(storage.get(PREVIOUS_KEY) ?? null, modules)).toEqual({ kind: 'ok', agenda: mine });
		$previous.set(null); // a reload: only storage is left
		await initAgenda(modules, [team], '');
		expect($previous.get()).toEqual(mine);
		undoReplace();
		expect(stored()).toEqual({ kind: 'ok', agenda: mine });
		expect(storage.has(PREVIOUS_KEY)).toBe(false);
		expect($previous.get()).toBeNull();
	});

	it('does not ask when nothing of the person’s would be lost', async () => {
		storage.set(AGENDA_STORAGE_KEY, JSON.stringify(agendaFromPath(team, '2026-06-01')));
		await initAgenda(modules, [team], '?path=team');
		expect($pendingPath.get()).toBeNull();
		storage.set(AGENDA_STORAGE_KEY, JSON.stringify(blankAgenda('2026-06-01')));
		await initAgenda(modules, [team], '?path=team');
		expect($pendingPath.get()).toBeNull();
		expect($agenda.get().items.map((i) => i.key)).toEqual(['module:a', 'module:b']);
	});
});

describe('limits', () => {
	it(`refuses item ${MAX_ITEMS + 1} with a message, and what was saved reads back after a reload`, async () => {
		await initAgenda(modules, [team], '');
		for (let i = 0; i < MAX_ITEMS; i++) addDayBreak();
		expect($refused.get()).toBe('');
		addDayBreak();
		expect($refused.get()).toBe(AGENDA_LIMIT_TEXT.items);
		addModuleToAgenda(modules[0]!);
		expect(addCustomBlock('One more', 10)).toBe(false);
		expect($agenda.get().items).toHaveLength(MAX_ITEMS);
		const reloaded = stored();
		expect(reloaded.kind).toBe('ok');
		if (reloaded.kind === 'ok') expect(reloaded.agenda.items).toHaveLength(MAX_ITEMS);
	});

	it('refuses a first day out of range and a title that is too long, keeping what was there', async () => {
		await initAgenda(modules, [team], '');
		updateSettings({ date: '2026-06-01', title: 'Day' });
		expect(updateSettings({ date: '9999-12-31' })).toBe(false);
		expect($refused.get()).toBe(AGENDA_LIMIT_TEXT.date);
		expect(updateSettings({ title: 'x'.repeat(121) })).toBe(false);
		expect($refused.get()).toBe(AGENDA_LIMIT_TEXT.title);
		expect(stored()).toMatchObject({ kind: 'ok', agenda: { date: '2026-06-01', title: 'Day' } });
		expect(updateSettings({ title: 'x'.repeat(120) })).toBe(true);
		expect($refused.get()).toBe('');
	});

	it('whatever is done, in any order, what is saved opens again', async () => {
		const text = fc.string({ unit: 'binary', maxLength: 130 });
		const action = fc.oneof(
			fc.constant(() => addDayBreak()),
			// Forty at once, so runs reach the item limit.
			fc.constant(() => Array.from({ length: 40 }, addDayBreak)),
			fc.constantFrom(...modules).map((m) => () => addModuleToAgenda(m)),
			fc.tuple(text, fc.option(fc.integer({ min: 1, max: 600 }), { nil: null })).map(
				([t, n]) =>
					() =>
						addCustomBlock(t, n),
			),
			text.map((t) => () => updateSettings({ title: t })),
			fc.date({ noInvalidDate: true }).map((d) => () => updateSettings({ date: d.toISOString().slice(0, 10) })),
			fc.constant(() => undoReplace()),
		);
		await fc.assert(
			fc.asyncProperty(fc.array(action, { maxLength: 150 }), async (actions) => {
				storage.clear();
				await initAgenda(modules, [team], '?path=team');
				for (const act of actions) act();
				expect(stored()).toEqual({ kind: 'ok', agenda: $agenda.get() });
			}),
			{ numRuns: 40 },
		);
		// Many generated runs: a generous limit, so a busy machine does not fail it.
	}, 120_000);
});
