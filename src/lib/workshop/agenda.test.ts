import { describe, expect, it } from 'vitest';
import { addCustom, addDay, addModule, agendaFromPath, blankAgenda, moveItem, removeItem, toScheduleItems } from './agenda';
import { parseStoredAgenda } from './stored-agenda';
import type { ModuleSummary, PathSummary } from './types';

const mod = (id: string, order: number, prerequisites: string[] = []): ModuleSummary => ({
	id,
	title: id,
	description: '',
	order,
	dimensions: [],
	levels: [],
	teachingMinutes: 10,
	exerciseMinutes: 20,
	prerequisites,
	objectives: [],
});
const modules = [mod('a', 1), mod('b', 2, ['a']), mod('c', 3)];
const path: PathSummary = {
	id: 'p',
	title: 'Two days',
	scale: 'institutional',
	length: 'Two days',
	modules: ['a', 'b', 'c'],
	newDayBefore: ['c'],
	start: '08:30',
	breaks: { every: 90, minutes: 10, lunch: null },
};
const keys = (a: ReturnType<typeof blankAgenda>) => a.items.map((i) => i.key);

describe('agenda operations', () => {
	it('builds from a path with its day breaks, start time and break rules', () => {
		const agenda = agendaFromPath(path, '2026-05-04');
		expect(keys(agenda)).toEqual(['module:a', 'module:b', 'day:1', 'module:c']);
		expect(agenda).toMatchObject({ title: 'Two days', start: '08:30', date: '2026-05-04' });
	});

	it('adds a module once only', () => {
		const agenda = addModule(addModule(blankAgenda('2026-05-04'), 'a'), 'a');
		expect(keys(agenda)).toEqual(['module:a']);
	});

	it('numbers custom blocks and day breaks without reusing a key', () => {
		let agenda = addCustom(addCustom(blankAgenda('2026-05-04'), ' Welcome ', 15), 'Wrap-up', null);
		agenda = addDay(removeItem(agenda, 'custom:1'));
		agenda = addCustom(agenda, 'Again', 5);
		expect(keys(agenda)).toEqual(['custom:2', 'day:1', 'custom:1']);
		expect(agenda.items[0]).toMatchObject({ title: 'Wrap-up', minutes: null });
	});

	it('moves items up and down, clamped at the ends', () => {
		const agenda = agendaFromPath({ ...path, newDayBefore: [] }, '2026-05-04');
		expect(keys(moveItem(agenda, 'module:c', -1))).toEqual(['module:a', 'module:c', 'module:b']);
		expect(keys(moveItem(agenda, 'module:a', 1))).toEqual(['module:b', 'module:a', 'module:c']);
		expect(moveItem(agenda, 'module:a', -1)).toBe(agenda);
		expect(moveItem(agenda, 'module:c', 5)).toBe(agenda);
		expect(moveItem(agenda, 'nope', 1)).toBe(agenda);
	});

	it('turns items into schedule input, custom blocks as teaching time', () => {
		const agenda = addCustom(addDay(addModule(blankAgenda('2026-05-04'), 'b')), 'Q&A', 20);
		expect(toScheduleItems(agenda, modules)).toEqual([
			{ kind: 'session', id: 'b', title: 'b', teachingMinutes: 10, exerciseMinutes: 20, prerequisites: ['a'] },
			{ kind: 'day' },
			{ kind: 'session', id: 'custom:1', title: 'Q&A', teachingMinutes: 20, exerciseMinutes: 0 },
		]);
	});
});

describe('parseStoredAgenda', () => {
	const good = JSON.stringify(agendaFromPath(path, '2026-05-04'));
	it('reads a saved agenda', () => expect(parseStoredAgenda(good, modules)).toMatchObject({ kind: 'ok' }));
	it('treats nothing saved as empty', () => expect(parseStoredAgenda(null, modules)).toEqual({ kind: 'empty' }));
	it.each([
		['not JSON', '{oops'],
		['another format', JSON.stringify({ ...JSON.parse(good), format: 2 })],
		['a bad date', JSON.stringify({ ...JSON.parse(good), date: '2026-02-30' })],
		['a bad time', JSON.stringify({ ...JSON.parse(good), start: '9am' })],
		['an unknown module', good.replace('"moduleId":"a"', '"moduleId":"gone"')],
		[
			'duplicate keys',
			JSON.stringify({
				...JSON.parse(good),
				items: [
					{ key: 'day:1', kind: 'day' },
					{ key: 'day:1', kind: 'day' },
				],
			}),
		],
	])('reports %s as a problem and keeps the raw text', (_, raw) => {
		const result = parseStoredAgenda(raw, modules);
		expect(result.kind).toBe('problem');
		if (result.kind === 'problem') expect(result.raw).toBe(raw);
	});
});
