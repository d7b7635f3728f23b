/**
 * A reminder to take the assessment again, as an all-day calendar event (RFC 5545) on a day the
 * person picks, with a display alarm the day before. The calendar keeps the date; the site keeps
 * nothing. Text and folding rules are the workshop calendar's (workshop/ics.ts).
 */
import { escapeText, foldLine, stableHash, utcDateTime } from '../workshop/ics';
import { REMINDER_TEXT as T } from './messages';
import { addDays, isPlanDay } from './plan';

export function reminderIcs(day: string, url: string, options: { uidDomain: string; now: Date }): string {
	if (!isPlanDay(day)) throw new Error(`not a calendar day: ${day}`);
	const compact = (d: string) => d.replace(/-/g, '');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//AgentOps//Assessment reminder//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:reassess-${compact(day)}-${stableHash(url)}@${options.uidDomain}`,
		`DTSTAMP:${utcDateTime(options.now)}`,
		`DTSTART;VALUE=DATE:${compact(day)}`,
		`DTEND;VALUE=DATE:${compact(addDays(day, 1))}`,
		`SUMMARY:${escapeText(T.summary)}`,
		`DESCRIPTION:${escapeText(T.description(url))}`,
		`URL:${url}`,
		'TRANSP:TRANSPARENT',
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(T.summary)}`,
		'TRIGGER:-P1D',
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
