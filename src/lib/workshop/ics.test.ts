import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, scheduleToIcs, stableHash } from './ics';
import { schedule } from './schedule';

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
	])('%j → %j', (input, output) => expect(escapeText(input)).toBe(output));
});

describe('foldLine', () => {
	it('leaves a short line alone', () => expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short'));
	it('folds at 75 octets with a leading space, never splitting a character', () => {
		const line = `DESCRIPTION:${'é'.repeat(100)}`;
		const folded = foldLine(line);
		for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
		expect(folded.split('\r\n').slice(1).every((p) => p.startsWith(' '))).toBe(true);
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
