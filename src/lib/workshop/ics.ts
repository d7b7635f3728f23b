/**
 * Calendar export (iCalendar, RFC 5545). Pure: the same input always gives the same text, so it
 * is tested directly and the agenda builder only turns the string into a download.
 *
 * What RFC 5545 asks for, and where it is done here
 * - CRLF after every content line (3.1): `serializeIcs` joins with "\r\n" and ends with one.
 * - Lines longer than 75 octets are folded: CRLF followed by one space (3.1). `foldLine` counts
 *   UTF-8 bytes and never splits a character.
 * - TEXT values escape backslash, semicolon, comma and newlines (3.3.11): `escapeText`.
 * - Every VEVENT has UID and DTSTAMP (3.6.1); DTSTAMP is UTC. DTSTART/DTEND are "floating"
 *   local times (3.3.5, form #1): a workshop at 09:00 is at 09:00 wherever the room is, and the
 *   site needs no time-zone database.
 */
import type { Schedule } from './schedule';
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
	return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}00`;
}

/** A UTC DATE-TIME for DTSTAMP. */
export function utcDateTime(when: Date): string {
	return when.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** Escape a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
	return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
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

/** One event per session; breaks and lunch are the gaps between them. */
export function eventsFromSchedule(schedule: Schedule, options: IcsOptions): IcsEvent[] {
	const agendaKey = stableHash(`${options.title}|${options.date}`);
	return schedule.days.flatMap((day) =>
		day.slots
			.filter((s) => s.kind === 'session')
			.map((s) => {
				const event: IcsEvent = {
					uid: `${options.date.replace(/-/g, '')}-${agendaKey}-d${day.number}-${s.start.replace(':', '')}-${s.id ?? 'session'}@${options.uidDomain}`,
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
