/** Agenda as Markdown: a heading, one table per day with clock times, totals and warnings. Pure. */
import type { Schedule } from './schedule';
import { mdText } from '../markdown/text';
import { formatDuration } from './time';

export type MarkdownOptions = {
	title: string;
	/** "YYYY-MM-DD" of the first day. */
	date: string;
	/** Absolute address per session id, for links to module pages. */
	links?: Record<string, string>;
	/** Warnings already worded for people (see messages.ts). */
	warnings?: string[];
};

export function scheduleToMarkdown(schedule: Schedule, options: MarkdownOptions): string {
	// Titles and warnings carry what people typed: mdText() keeps them text, never markup.
	const out: string[] = [`# ${mdText(options.title)}`, ''];
	const t = schedule.totals;
	out.push(
		`Date: ${options.date}${schedule.days.length > 1 ? ` (${schedule.days.length} days)` : ''}  `,
		`Total: ${formatDuration(t.minutes)}: ${formatDuration(t.teaching)} teaching, ${formatDuration(t.exercise)} exercises and discussion, ${formatDuration(t.breaks)} breaks.`,
		'',
	);
	for (const day of schedule.days) {
		if (schedule.days.length > 1) out.push(`## Day ${day.number}`, '');
		out.push('| Time | Session | Length |', '| --- | --- | --- |');
		for (const s of day.slots) {
			const link = s.id ? options.links?.[s.id] : undefined;
			const name = link ? `[${mdText(s.title)}](${link})` : mdText(s.title);
			out.push(`| ${s.start}–${s.end} | ${s.kind === 'session' ? name : `*${name}*`} | ${formatDuration(s.minutes)} |`);
		}
		out.push('');
		if (schedule.days.length > 1) out.push(`Day ${day.number}: ${day.start}–${day.end}, ${formatDuration(day.minutes)}.`, '');
	}
	if (options.warnings?.length) {
		out.push('## Check before the day', '', ...options.warnings.map((w) => `- ${mdText(w)}`), '');
	}
	return out.join('\n');
}
