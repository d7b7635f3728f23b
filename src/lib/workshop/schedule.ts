/**
 * The schedule: one pure function from an ordered list of sessions (modules or custom blocks,
 * with "new day" markers) plus a start time and break rules to clock times and totals. Modelled
 * on the Carpentries workbench, which computes a lesson's schedule from episode timings and warns
 * when one is missing; we also warn when a module comes before a module it builds on.
 *
 * Rules
 * - Each day starts at `start`. A session lasts teaching + exercise minutes; a missing timing
 *   counts as 0 and is reported.
 * - Short break: inserted between sessions when the next one would make the stretch since the
 *   last break longer than `breaks.every` minutes. A single session longer than that runs whole.
 * - Lunch (optional, once a day): taken at the session boundary nearest `lunch.at`, among the
 *   boundaries around it: before the first session that would run past lunch time, unless ending
 *   that session first lands closer to it. Lunch resets the break counter.
 * - No break before the first or after the last session of a day.
 */
import type { BreakRules } from '../../schemas/workshop';
import { formatClock, parseClock } from './time';

export type SessionInput = {
	kind: 'session';
	/** Module id, or a custom block's key. */
	id: string;
	title: string;
	/** null or undefined when unknown: counted as 0 and reported. */
	teachingMinutes?: number | null;
	exerciseMinutes?: number | null;
	/** Module ids that should come earlier. */
	prerequisites?: string[];
};
export type ScheduleInput = SessionInput | { kind: 'day' };

export type Slot = {
	kind: 'session' | 'break' | 'lunch';
	/** The session's id; breaks have none. */
	id: string | null;
	title: string;
	/** Minutes after midnight of its day. */
	startMinute: number;
	endMinute: number;
	/** "HH:MM". */
	start: string;
	end: string;
	minutes: number;
	teachingMinutes: number;
	exerciseMinutes: number;
};

export type Day = { number: number; start: string; end: string; minutes: number; slots: Slot[] };

export type ScheduleWarning =
	| { code: 'missing-timing'; id: string; title: string; missing: ('teaching' | 'exercise')[] }
	| { code: 'prerequisite-missing'; id: string; title: string; prerequisite: string }
	| { code: 'prerequisite-late'; id: string; title: string; prerequisite: string }
	| { code: 'duplicate'; id: string; title: string }
	| { code: 'empty-day'; day: number }
	| { code: 'past-midnight'; day: number };

export type Schedule = {
	days: Day[];
	totals: {
		/** From the first start to the last end, summed over days. */
		minutes: number;
		teaching: number;
		exercise: number;
		breaks: number;
		sessions: number;
	};
	warnings: ScheduleWarning[];
};

export type ScheduleOptions = { start: string; breaks: BreakRules };

const known = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

function slot(kind: Slot['kind'], id: string | null, title: string, startMinute: number, teaching: number, exercise: number): Slot {
	const minutes = teaching + exercise;
	return {
		kind,
		id,
		title,
		startMinute,
		endMinute: startMinute + minutes,
		start: formatClock(startMinute),
		end: formatClock(startMinute + minutes),
		minutes,
		teachingMinutes: kind === 'session' ? teaching : 0,
		exerciseMinutes: kind === 'session' ? exercise : 0,
	};
}

/** Split the flat list at "day" markers; empty days are dropped and reported. */
function splitDays(items: ScheduleInput[], warnings: ScheduleWarning[]): SessionInput[][] {
	const days: SessionInput[][] = [[]];
	items.forEach((item, i) => {
		if (item.kind === 'session') days[days.length - 1]!.push(item);
		else if (i > 0) days.push([]);
	});
	return days.filter((day, i) => {
		if (day.length > 0) return true;
		if (items.some((it) => it.kind === 'session')) warnings.push({ code: 'empty-day', day: i + 1 });
		return false;
	});
}

function orderWarnings(sessions: SessionInput[]): ScheduleWarning[] {
	const warnings: ScheduleWarning[] = [];
	const firstIndex = new Map<string, number>();
	sessions.forEach((s, i) => {
		if (firstIndex.has(s.id)) warnings.push({ code: 'duplicate', id: s.id, title: s.title });
		else firstIndex.set(s.id, i);
	});
	sessions.forEach((s, i) => {
		if (firstIndex.get(s.id) !== i) return;
		for (const prerequisite of s.prerequisites ?? []) {
			const at = firstIndex.get(prerequisite);
			if (at === undefined) warnings.push({ code: 'prerequisite-missing', id: s.id, title: s.title, prerequisite });
			else if (at > i) warnings.push({ code: 'prerequisite-late', id: s.id, title: s.title, prerequisite });
		}
	});
	return warnings;
}

export function schedule(items: ScheduleInput[], options: ScheduleOptions): Schedule {
	const warnings: ScheduleWarning[] = [];
	const dayStart = parseClock(options.start);
	const { every, minutes: breakMinutes, lunch } = options.breaks;
	const lunchAt = lunch ? parseClock(lunch.at) : null;

	const sessions = items.filter((i): i is SessionInput => i.kind === 'session');
	for (const s of sessions) {
		const missing = [
			...(known(s.teachingMinutes) ? [] : ['teaching' as const]),
			...(known(s.exerciseMinutes) ? [] : ['exercise' as const]),
		];
		if (missing.length) warnings.push({ code: 'missing-timing', id: s.id, title: s.title, missing });
	}

	const days: Day[] = splitDays(items, warnings).map((daySessions, index) => {
		const slots: Slot[] = [];
		let clock = dayStart;
		let sinceBreak = 0;
		let lunchTaken = lunchAt === null;
		for (const s of daySessions) {
			const teaching = known(s.teachingMinutes) ? s.teachingMinutes : 0;
			const exercise = known(s.exerciseMinutes) ? s.exerciseMinutes : 0;
			const length = teaching + exercise;
			if (slots.length > 0) {
				const crossesLunch = !lunchTaken && lunchAt !== null && (clock >= lunchAt || clock + length > lunchAt);
				if (crossesLunch && (clock >= lunchAt! || lunchAt! - clock <= clock + length - lunchAt!)) {
					slots.push(slot('lunch', null, 'Lunch', clock, 0, lunch!.minutes));
					clock += lunch!.minutes;
					sinceBreak = 0;
					lunchTaken = true;
				} else if (sinceBreak > 0 && sinceBreak + length > every) {
					slots.push(slot('break', null, 'Break', clock, 0, breakMinutes));
					clock += breakMinutes;
					sinceBreak = 0;
				}
			}
			slots.push(slot('session', s.id, s.title, clock, teaching, exercise));
			clock += length;
			sinceBreak += length;
		}
		if (clock > 1440) warnings.push({ code: 'past-midnight', day: index + 1 });
		return { number: index + 1, start: formatClock(dayStart), end: formatClock(clock), minutes: clock - dayStart, slots };
	});

	warnings.push(...orderWarnings(sessions));
	const all = days.flatMap((d) => d.slots);
	const sum = (f: (s: Slot) => number) => all.reduce((n, s) => n + f(s), 0);
	return {
		days,
		totals: {
			minutes: days.reduce((n, d) => n + d.minutes, 0),
			teaching: sum((s) => s.teachingMinutes),
			exercise: sum((s) => s.exerciseMinutes),
			breaks: sum((s) => (s.kind === 'session' ? 0 : s.minutes)),
			sessions: all.filter((s) => s.kind === 'session').length,
		},
		warnings,
	};
}
