import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, localDateTime, scheduleToIcs, stableHash, untimedSessions } from './ics';
import { DATE_RANGE, LIMITS, MAX_ITEMS } from './limits';
import { schedule, type ScheduleInput } from './schedule';
import { isWorkshopDate } from './time';

const octets = (line: string) => new TextEncoder().encode(line).length;
/** Undo folding (RFC 5545 3.1): a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const sched = schedule(
	[
		{ kind: 'session', id: 'where-you-stand', title: 'Where you stand, together; a group check', teachingMinutes: 15, exerciseMinutes: 35 },
		{ kind: 'day' },
		{ kind: 'session', id: 'agents-md', title: 'Write an AGENTS.md', teachingMinutes: 15, exerciseMinutes: 40 },
	],
	{ start: '09:00', breaks: { every: 90, minutes: 15, lunch: null } },
);
const ics = scheduleToIcs(sched, {
	title: 'Team day',
	date: '2026-03-31',
	uidDomain: 'agentops.example.org',
	now: new Date('2026-03-01T10:20:30.456Z'),
	location: 'Room 4, Building C',
	details: { 'agents-md': 'Objectives: write one. ' + 'Ünïcode and a long line that must be folded. '.repeat(4) },
});

describe('escapeText', () => {
	it.each([
		['a,b', 'a\\,b'],
		['a;b', 'a\\;b'],
		['a\\b', 'a\\\\b'],
		['line1\nline2', 'line1\\nline2'],
		['line1\r\nline2', 'line1\\nline2'],
		['bell\u0007, null\u0000, escape\u001b, delete\u007f', 'bell\\, null\\, escape\\, delete'],
		['tab\tstays', 'tab\tstays'],
	])('%j → %j', (input, output) => expect(escapeText(input)).toBe(output));
});

describe('foldLine', () => {
	it('leaves a short line alone', () => expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short'));
	it('folds at 75 octets with a leading space, never splitting a character', () => {
		const line = `DESCRIPTION:${'é'.repeat(100)}`;
		const folded = foldLine(line);
		for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
		expect(
			folded
				.split('\r\n')
				.slice(1)
				.every((p) => p.startsWith(' ')),
		).toBe(true);
		expect(unfold(folded)).toBe(line);
	});
});

describe('scheduleToIcs', () => {
	it('uses CRLF after every line and no bare LF', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('keeps every line within 75 octets', () => {
		for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
	});

	it('wraps events in a VCALENDAR with VERSION and PRODID', () => {
		const lines = unfold(ics).split('\r\n');
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines).toContain('VERSION:2.0');
		expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
		expect(lines.at(-2)).toBe('END:VCALENDAR');
	});

	it('gives each session an event with UID, DTSTAMP, DTSTART and DTEND on the right day', () => {
		const events = unfold(ics).split('BEGIN:VEVENT').slice(1);
		expect(events).toHaveLength(2);
		for (const e of events) {
			expect(e).toMatch(/\r\nUID:[^\r\n]+@agentops\.example\.org\r\n/);
			expect(e).toContain('\r\nDTSTAMP:20260301T102030Z\r\n');
		}
		expect(events[0]).toContain('DTSTART:20260331T090000');
		expect(events[0]).toContain('DTEND:20260331T095000');
		expect(events[1]).toContain('DTSTART:20260401T090000');
		expect(events[1]).toContain('DTEND:20260401T095500');
	});

	it('escapes text values', () => {
		const text = unfold(ics);
		expect(text).toContain('SUMMARY:Team day: Where you stand\\, together\\; a group check');
		expect(text).toContain('LOCATION:Room 4\\, Building C');
	});

	it('makes UIDs unique within a calendar and stable between exports', () => {
		const uids = [...unfold(ics).matchAll(/UID:(\S+)/g)].map((m) => m[1]);
		expect(new Set(uids).size).toBe(uids.length);
		expect(stableHash('a')).toBe(stableHash('a'));
		expect(stableHash('a')).not.toBe(stableHash('b'));
	});
});

describe('what a calendar cannot hold', () => {
	const at = (date: string, items: ScheduleInput[]) =>
		scheduleToIcs(schedule(items, { start: '23:00', breaks: { every: 240, minutes: 5, lunch: null } }), {
			title: 'T',
			date,
			uidDomain: 'example.org',
			now: new Date('2026-03-01T00:00:00Z'),
		});
	const session = (id: string, minutes: number | null): ScheduleInput => ({
		kind: 'session',
		id,
		title: id,
		teachingMinutes: minutes,
		exerciseMinutes: minutes === null ? null : 0,
	});

	it('accepts first days from 2000 to 2999 only, so no exported year needs a fifth digit', () => {
		expect(DATE_RANGE).toEqual({ min: '2000-01-01', max: '2999-12-31' });
		expect(isWorkshopDate('2999-12-31')).toBe(true);
		expect(isWorkshopDate('2000-01-01')).toBe(true);
		expect(isWorkshopDate('9999-12-31')).toBe(false);
		expect(isWorkshopDate('1999-12-31')).toBe(false);
	});

	it('writes the longest agenda from the last allowed day, past midnight, with four-digit years', () => {
		const items: ScheduleInput[] = Array.from({ length: MAX_ITEMS }, (_, i) => (i % 2 ? { kind: 'day' } : session(`s${i}`, 180)));
		const text = unfold(at(DATE_RANGE.max, items));
		for (const m of text.matchAll(/^DT(?:START|END):(\S+)$/gm)) expect(m[1]).toMatch(/^\d{8}T\d{6}$/);
		// 50 sessions on 50 days: day 50 is 3000-02-18, and its session ends at 02:00 the next morning.
		expect(text).toContain('DTEND:30000219T020000');
	});

	it('refuses to write a five-digit year rather than a line calendars cannot read', () => {
		expect(() => localDateTime('9999-12-31', 0, 24 * 60 + 30)).toThrow(RangeError);
	});

	it('leaves out a block with no time yet (DTEND must follow DTSTART) and names it', () => {
		const items = [session('welcome', null), session('talk', 30)];
		const text = unfold(at('2026-05-04', items));
		expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
		expect(text).toContain('SUMMARY:T: talk');
		expect(untimedSessions(schedule(items, { start: '09:00', breaks: { every: 90, minutes: 5, lunch: null } }))).toEqual(['welcome']);
	});
});

/** A tiny reader for what the export writes: unfold, split lines, group VEVENTs, unescape TEXT. */
function parseIcs(text: string) {
	const lines = unfold(text).split('\r\n');
	expect(lines.pop()).toBe('');
	const events: Record<string, string>[] = [];
	const stack: string[] = [];
	let calendarName: string | undefined;
	for (const line of lines) {
		const match = /^([A-Z][A-Z-]*):(.*)$/s.exec(line);
		expect(match, `a content line: ${JSON.stringify(line)}`).not.toBeNull();
		const [, name, value] = match!;
		if (name === 'BEGIN') {
			stack.push(value!);
			if (value === 'VEVENT') events.push({});
		} else if (name === 'END') expect(stack.pop()).toBe(value);
		else if (stack.at(-1) === 'VEVENT') events.at(-1)![name!] = value!;
		else if (name === 'X-WR-CALNAME') calendarName = value;
	}
	expect(stack).toEqual([]);
	return { events, calendarName };
}
const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
/** What a TEXT value should read back as: controls gone, every line break a newline. */
const readable = (value: string) =>
	value
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
		.replace(/\r\n|\r|\n/g, '\n');

describe('the export, over generated hostile text and dates', () => {
	const hostile = fc.string({ unit: 'binary', maxLength: 150 });
	const day = fc
		.date({ min: new Date(`${DATE_RANGE.min}T00:00:00Z`), max: new Date(`${DATE_RANGE.max}T00:00:00Z`), noInvalidDate: true })
		.map((d) => d.toISOString().slice(0, 10));
	const clock = fc
		.integer({ min: 0, max: 1439 })
		.map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
	const minutes = fc.option(fc.integer({ min: 0, max: LIMITS.customMinutes.max }), { nil: null });
	const item: fc.Arbitrary<ScheduleInput> = fc.oneof(
		fc.constant({ kind: 'day' as const }),
		fc.record({ kind: fc.constant('session' as const), id: hostile, title: hostile, teachingMinutes: minutes, exerciseMinutes: minutes }),
	);
	const input = fc.record({
		title: hostile,
		location: fc.option(hostile, { nil: undefined }),
		detail: hostile,
		date: day,
		start: clock,
		items: fc.array(item, { maxLength: MAX_ITEMS }),
		every: fc.integer(LIMITS.every),
		breakMinutes: fc.integer(LIMITS.breakMinutes),
		uidDomain: hostile,
	});

	it('keeps every line within 75 octets and CRLF-terminated, holds no raw control characters, ends every event after it starts, and reads back', () => {
		fc.assert(
			fc.property(input, (a) => {
				const sched = schedule(a.items, { start: a.start, breaks: { every: a.every, minutes: a.breakMinutes, lunch: null } });
				const details = Object.fromEntries(a.items.flatMap((i) => (i.kind === 'session' ? [[i.id, a.detail]] : [])));
				const text = scheduleToIcs(sched, {
					title: a.title,
					date: a.date,
					uidDomain: a.uidDomain,
					now: new Date(0),
					...(a.location === undefined ? {} : { location: a.location }),
					details,
				});

				expect(text.endsWith('\r\n')).toBe(true);
				for (const line of text.slice(0, -2).split('\r\n')) {
					expect(octets(line)).toBeLessThanOrEqual(75);
					// eslint-disable-next-line no-control-regex
					expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
				}

				const { events, calendarName } = parseIcs(text);
				expect(unescape(calendarName!)).toBe(readable(a.title));
				const timed = sched.days.flatMap((d) => d.slots.filter((s) => s.kind === 'session' && s.minutes > 0));
				expect(events).toHaveLength(timed.length);
				events.forEach((e, i) => {
					expect(e.DTSTART).toMatch(/^\d{8}T\d{6}$/);
					expect(e.DTEND).toMatch(/^\d{8}T\d{6}$/);
					expect(e.DTEND! > e.DTSTART!).toBe(true);
					expect(e.UID).toMatch(/^\S+@\S*$/);
					expect(unescape(e.SUMMARY!)).toBe(readable(`${a.title}: ${timed[i]!.title}`));
					if (timed[i]!.id && a.detail) expect(unescape(e.DESCRIPTION!)).toBe(readable(a.detail));
					if (a.location) expect(unescape(e.LOCATION!)).toBe(readable(a.location));
				});
				expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
			}),
			{ numRuns: 200 },
		);
	});
});
