import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDay } from './iso-date';

describe('isIsoDate', () => {
	it.each(['2026-12-02T10:00:00.000Z', '2026-12-02T10:00:00Z', '2020-01-01T00:00:00.5Z'])('accepts %s', (d) =>
		expect(isIsoDate(d)).toBe(true),
	);
	it.each([
		'Approved by the CISO 2026',
		'2026-12-02',
		'2026-02-30T10:00:00Z',
		'12026-01-01T00:00:00Z',
		'2199-01-01T00:00:00Z',
		'1999-01-01T00:00:00Z',
		20261202,
		null,
	])('refuses %s', (d) => expect(isIsoDate(d)).toBe(false));
});

describe('isIsoDay', () => {
	it.each(['2026-12-02', '2028-02-29', '2100-12-31'])('accepts %s', (d) => expect(isIsoDay(d)).toBe(true));
	it.each(['2026-02-30', '2027-02-29', '12026-01-01', '2026-1-1', '2101-01-01', '2019-12-31', '2026-12-02T10:00:00Z', 'soon', null])(
		'refuses %s',
		(d) => expect(isIsoDay(d)).toBe(false),
	);
});
