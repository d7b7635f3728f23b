/**
 * Calendar export (iCalendar, RFC 5545). Pure: the same input always gives the same text, so it
 * is tested directly and the agenda builder only turns the string into a download.
 *
 * What RFC 5545 asks for, and where it is done here
 * - CRLF after every content line (3.1): `serializeIcs` joins with "\r\n" and ends with one.
 * - Lines longer than 75 octets are folded: CRLF followed by one space (3.1). `foldLine` counts
 *   UTF-8 bytes and never splits a character.
 * - TEXT values escape backslash, semicolon, comma and newlines (3.3.11): `escapeText`. Other
 *   control characters (CONTROL in 3.3.11: U+0000–U+001F except tab, and U+007F) have no escape,
 *   so they are removed: they carry nothing a calendar could show.
 * - DTEND must be later than DTSTART (3.6.1). A block with no time yet lasts 0 minutes in the
 *   schedule; it is left out of the calendar rather than given a length nobody chose, and the
 *   builder names what was left out (`untimedSessions`) so nothing goes missing unsaid.
 * - DATE-TIME years have four digits (3.3.4, 3.3.5): the agenda's first day is bounded
 *   (DATE_RANGE in limits.ts) so that even the longest agenda ends before year 10000;
 *   `localDateTime` refuses anything else rather than write a line calendars cannot read.
 * - Every VEVENT has UID and DTSTAMP (3.6.1); DTSTAMP is UTC. DTSTART/DTEND are "floating"
 *   local times (3.3.5, form #1): a workshop at 09:00 is at 09:00 wherever the room is, and the
 *   site needs no time-zone database.
 */
import type { Schedule, Slot } from './schedule';
import { addToDate } from './time';

export type IcsEvent = {
	uid: string;
	/** Floating local date-time, "YYYYMMDDTHHMMSS". */
	start: string;
	end: string;
	summary: string;
	description?: string;
	location?: string;
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date plus a day offset and minutes after midnight, as a floating DATE-TIME. */
export function localDateTime(date: string, dayOffset: number, minutes: number): string {
	const t = addToDate(date, dayOffset, minutes);
	if (!(t.year >= 1 && t.year <= 9999)) throw new RangeError(`year ${t.year} cannot be written in a calendar file`);
	return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}00`;
}

/** A UTC DATE-TIME for DTSTAMP. */
export function utcDateTime(when: Date): string {
	return when
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}Z$/, 'Z');
}

/** Control characters TEXT cannot hold (RFC 5545 3.3.11 CONTROL, less the line breaks escaped below). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Escape a TEXT value (RFC 5545 3.3.11); control characters other than tab and line breaks are removed. */
export function escapeText(value: string): string {
	return value
		.replace(CONTROL, '')
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Fold one content line into pieces of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
	const pieces: string[] = [];
	let current = '';
	let bytes = 0;
	let limit = 75;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (bytes + size > limit) {
			pieces.push(current);
			current = ' ';
			bytes = 1;
			limit = 75;
		}
		current += char;
		bytes += size;
	}
	pieces.push(current);
	return pieces.join('\r\n');
}

/** A short, stable hash (FNV-1a, 32 bit) so UIDs differ between agendas but not between exports of one. */
export function stableHash(value: string): string {
	let h = 0x811c9dc5;
	for (const byte of encoder.encode(value)) {
		h ^= byte;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}

export type IcsOptions = {
	/** Calendar name and the prefix of each event's summary. */
	title: string;
	/** First day, "YYYY-MM-DD". */
	date: string;
	/** Right-hand side of every UID, e.g. the site's host name. */
	uidDomain: string;
	/** Time of export, for DTSTAMP. */
	now: Date;
	location?: string;
	/** Extra text per session id (e.g. objectives and the module's address). */
	details?: Record<string, string>;
};

const timed = (s: Slot) => s.kind === 'session' && s.minutes > 0;

/** Titles of the sessions with no time yet: the calendar leaves them out (an event needs a length). */
export function untimedSessions(schedule: Schedule): string[] {
	return schedule.days.flatMap((day) => day.slots.filter((s) => s.kind === 'session' && !timed(s)).map((s) => s.title));
}

/** A UID's parts keep to letters, digits and a few marks, so no id or host name can break the line. */
const uidPart = (value: string) => value.replace(/[^A-Za-z0-9.:_-]/g, '-');

/** One event per session with a time; breaks and lunch are the gaps between them. */
export function eventsFromSchedule(schedule: Schedule, options: IcsOptions): IcsEvent[] {
	const agendaKey = stableHash(`${options.title}|${options.date}`);
	return schedule.days.flatMap((day) =>
		day.slots.filter(timed).map((s) => {
			const event: IcsEvent = {
				uid: `${options.date.replace(/-/g, '')}-${agendaKey}-d${day.number}-${s.start.replace(':', '')}-${uidPart(s.id ?? 'session')}@${uidPart(options.uidDomain)}`,
				start: localDateTime(options.date, day.number - 1, s.startMinute),
				end: localDateTime(options.date, day.number - 1, s.endMinute),
				summary: `${options.title}: ${s.title}`,
			};
			const detail = s.id ? options.details?.[s.id] : undefined;
			if (detail) event.description = detail;
			if (options.location) event.location = options.location;
			return event;
		}),
	);
}

export function serializeIcs(events: IcsEvent[], options: Pick<IcsOptions, 'title' | 'now'>): string {
	const stamp = utcDateTime(options.now);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//AgentOps//Workshop agenda builder//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(options.title)}`,
		...events.flatMap((e) => [
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART:${e.start}`,
			`DTEND:${e.end}`,
			`SUMMARY:${escapeText(e.summary)}`,
			...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
			...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
			'END:VEVENT',
		]),
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function scheduleToIcs(schedule: Schedule, options: IcsOptions): string {
	return serializeIcs(eventsFromSchedule(schedule, options), options);
}
