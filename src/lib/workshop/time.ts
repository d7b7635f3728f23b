/** Clock and duration helpers shared by the schedule and the exports. Pure. */
import { DATE_RANGE } from './limits';

/** "09:05" → 545 minutes after midnight; throws on anything else (inputs are validated first). */
export function parseClock(value: string): number {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
	if (!match) throw new Error(`not a 24-hour time: "${value}"`);
	return Number(match[1]) * 60 + Number(match[2]);
}

/** 545 → "09:05". Minutes past midnight wrap to the next day's clock ("24:30" → "00:30"). */
export function formatClock(minutes: number): string {
	const m = ((minutes % 1440) + 1440) % 1440;
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** 95 → "1 h 35 min", 45 → "45 min", 120 → "2 h". */
export function formatDuration(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return d.toISOString().slice(0, 10) === value;
}

/** True for a real date within the range a workshop may start on (DATE_RANGE, limits.ts). */
export function isWorkshopDate(value: string): boolean {
	return isIsoDate(value) && value >= DATE_RANGE.min && value <= DATE_RANGE.max;
}

/** "2026-03-04" plus a day offset and minutes after midnight → parts of a local date-time. */
export function addToDate(date: string, dayOffset: number, minutes: number) {
	const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
	const t = new Date(Date.UTC(y, mo - 1, d + dayOffset, 0, minutes));
	return {
		year: t.getUTCFullYear(),
		month: t.getUTCMonth() + 1,
		day: t.getUTCDate(),
		hour: t.getUTCHours(),
		minute: t.getUTCMinutes(),
	};
}
