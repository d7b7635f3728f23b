/**
 * Dates read from outside (saved state, files): ISO 8601 as `Date.prototype.toISOString()` writes
 * it, within sensible years. `Date.parse` alone accepts "Approved by the CISO 2026".
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

export function isIsoDate(value: unknown, { from = 2020, to = 2100 } = {}): value is string {
	if (typeof value !== 'string') return false;
	const m = ISO.exec(value);
	if (!m) return false;
	const year = Number(m[1]);
	const date = new Date(value);
	return year >= from && year <= to && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === value.slice(0, 19);
}

/** A calendar day written "YYYY-MM-DD" that exists (no 31 February), within sensible years. */
export function isIsoDay(value: unknown, { from = 2020, to = 2100 } = {}): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const year = Number(value.slice(0, 4));
	const d = new Date(`${value}T00:00:00Z`);
	return year >= from && year <= to && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
