import { describe, expect, it } from 'vitest';
import { schedule, type ScheduleInput } from './schedule';
import type { BreakRules } from '../../schemas/workshop';

const s = (id: string, teaching: number | null, exercise: number | null, prerequisites: string[] = []): ScheduleInput => ({
	kind: 'session',
	id,
	title: id.toUpperCase(),
	teachingMinutes: teaching,
	exerciseMinutes: exercise,
	prerequisites,
});
const noLunch: BreakRules = { every: 90, minutes: 15, lunch: null };
const withLunch: BreakRules = { every: 90, minutes: 15, lunch: { at: '12:30', minutes: 45 } };
const clock = (items: ScheduleInput[], breaks = noLunch, start = '09:00') =>
	schedule(items, { start, breaks }).days.map((d) => d.slots.map((x) => `${x.start}-${x.end} ${x.title}`));

describe('schedule', () => {
	it('lays sessions end to end from the start time', () => {
		expect(clock([s('a', 15, 30), s('b', 10, 20)])).toEqual([['09:00-09:45 A', '09:45-10:15 B']]);
	});

	it('inserts a break before a session that would stretch past the break rule', () => {
		expect(clock([s('a', 20, 40), s('b', 15, 30)])).toEqual([['09:00-10:00 A', '10:00-10:15 Break', '10:15-11:00 B']]);
	});

	it('never breaks before the first session, even when it is longer than the rule', () => {
		const result = schedule([s('a', 60, 60), s('b', 10, 10)], { start: '09:00', breaks: noLunch });
		expect(result.days[0]!.slots.map((x) => x.kind)).toEqual(['session', 'break', 'session']);
	});

	it('takes lunch at the boundary nearest the lunch time, once a day', () => {
		const items = [s('a', 20, 40), s('b', 15, 45), s('c', 15, 30), s('d', 15, 30), s('e', 15, 30)];
		expect(clock(items, withLunch)).toEqual([
			[
				'09:00-10:00 A',
				'10:00-10:15 Break',
				'10:15-11:15 B',
				'11:15-11:30 Break',
				'11:30-12:15 C',
				'12:15-13:00 Lunch',
				'13:00-13:45 D',
				'13:45-14:30 E',
			],
		]);
	});

	it('starts every day again at the start time and counts days', () => {
		const result = schedule([s('a', 10, 20), { kind: 'day' }, s('b', 10, 20)], { start: '08:30', breaks: noLunch });
		expect(result.days.map((d) => [d.number, d.start, d.end])).toEqual([
			[1, '08:30', '09:00'],
			[2, '08:30', '09:00'],
		]);
		expect(result.totals.minutes).toBe(60);
	});

	it('totals teaching, exercise and break minutes', () => {
		const { totals } = schedule([s('a', 20, 40), s('b', 15, 30)], { start: '09:00', breaks: noLunch });
		expect(totals).toEqual({ minutes: 120, teaching: 35, exercise: 70, breaks: 15, sessions: 2 });
	});

	it('counts a missing timing as zero and warns', () => {
		const result = schedule([s('a', null, 30), s('b', 10, null)], { start: '09:00', breaks: noLunch });
		expect(result.totals.minutes).toBe(40);
		expect(result.warnings).toEqual([
			{ code: 'missing-timing', id: 'a', title: 'A', missing: ['teaching'] },
			{ code: 'missing-timing', id: 'b', title: 'B', missing: ['exercise'] },
		]);
	});

	it('warns when a prerequisite is missing or comes later', () => {
		const result = schedule([s('b', 10, 10, ['a', 'z']), s('a', 10, 10)], { start: '09:00', breaks: noLunch });
		expect(result.warnings).toEqual([
			{ code: 'prerequisite-late', id: 'b', title: 'B', prerequisite: 'a' },
			{ code: 'prerequisite-missing', id: 'b', title: 'B', prerequisite: 'z' },
		]);
	});

	it('is quiet when prerequisites come first', () => {
		expect(schedule([s('a', 10, 10), s('b', 10, 10, ['a'])], { start: '09:00', breaks: noLunch }).warnings).toEqual([]);
	});

	it('warns about duplicates, empty days and days past midnight', () => {
		const result = schedule([s('a', 30, 30), { kind: 'day' }, { kind: 'day' }, s('a', 30, 30)], { start: '23:30', breaks: noLunch });
		expect(result.warnings.map((w) => w.code).sort()).toEqual(['duplicate', 'empty-day', 'past-midnight', 'past-midnight']);
		expect(result.days).toHaveLength(2);
		expect(result.days[0]!.end).toBe('00:30');
	});

	it('returns an empty schedule for no sessions', () => {
		const result = schedule([], { start: '09:00', breaks: withLunch });
		expect(result.days).toEqual([]);
		expect(result.totals.minutes).toBe(0);
		expect(result.warnings).toEqual([]);
	});

	// The schedule of a realistic full day, kept as a snapshot: any change to the rules shows up here.
	it('matches the snapshot of a full day with lunch', () => {
		const day = [
			s('where-you-stand', 15, 35),
			s('one-interface', 15, 30),
			s('gateway-and-traces', 20, 45, ['one-interface']),
			s('privacy-map', 15, 30),
			s('validation-gates', 20, 40),
			s('measure-what-matters', 20, 30, ['gateway-and-traces']),
		];
		expect(schedule(day, { start: '09:00', breaks: withLunch })).toMatchSnapshot();
	});
});
