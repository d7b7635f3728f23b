import { describe, expect, it } from 'vitest';
import { parseView } from './view';
import { formatClock, formatDuration, isIsoDate, parseClock } from './time';

describe('parseView', () => {
	it.each([
		['facilitator', 'facilitator'],
		['learner', 'learner'],
		[null, 'learner'],
		['FACILITATOR', 'learner'],
		['{"view":"facilitator"}', 'learner'],
	])('%j → %s', (raw, view) => expect(parseView(raw)).toBe(view));
});

describe('time helpers', () => {
	it.each([
		['00:00', 0],
		['09:05', 545],
		['23:59', 1439],
	])('parseClock(%s) = %i and back', (text, minutes) => {
		expect(parseClock(text)).toBe(minutes);
		expect(formatClock(minutes)).toBe(text);
	});
	it('refuses malformed times', () => {
		for (const bad of ['9:00', '24:00', '12:60', 'noon']) expect(() => parseClock(bad)).toThrow();
	});
	it('wraps past midnight', () => expect(formatClock(1470)).toBe('00:30'));
	it.each([
		[45, '45 min'],
		[60, '1 h'],
		[95, '1 h 35 min'],
	])('formatDuration(%i) = %s', (m, text) => expect(formatDuration(m)).toBe(text));
	it('checks real dates', () => {
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(isIsoDate('2026-1-01')).toBe(false);
	});
});
