import { describe, expect, it } from 'vitest';
import { reminderIcs } from './reminder';

const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
const options = { uidDomain: 'site.test', now: new Date('2026-12-03T10:00:00Z') };

describe('reassessment reminder', () => {
	const ics = reminderIcs('2027-03-03', 'https://site.test/assessment/', options);
	it('is an all-day event on the picked day with an alert the day before (RFC 5545)', () => {
		const lines = unfold(ics);
		expect(lines).toContain('DTSTART;VALUE=DATE:20270303');
		expect(lines).toContain('DTEND;VALUE=DATE:20270304');
		expect(lines).toContain('TRIGGER:-P1D');
		expect(lines).toContain('DTSTAMP:20261203T100000Z');
		expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain('https://site.test/assessment/');
		expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
		expect(ics.endsWith('\r\n')).toBe(true);
	});
	it('ends on the next day across month and year ends', () => {
		expect(unfold(reminderIcs('2027-12-31', 'https://site.test/', options))).toContain('DTEND;VALUE=DATE:20280101');
	});
	it('refuses a day that does not exist or is out of range', () => {
		for (const bad of ['2027-02-29', '12027-01-01', 'next spring']) expect(() => reminderIcs(bad, 'https://site.test/', options)).toThrow();
	});
});
