import { describe, expect, it } from 'vitest';
import { scheduleToMarkdown } from './markdown';
import { schedule } from './schedule';

describe('scheduleToMarkdown', () => {
	const sched = schedule(
		[
			{ kind: 'session', id: 'a', title: 'Gates | checks', teachingMinutes: 20, exerciseMinutes: 40 },
			{ kind: 'session', id: 'b', title: 'Memory', teachingMinutes: 15, exerciseMinutes: 40 },
		],
		{ start: '09:00', breaks: { every: 90, minutes: 15, lunch: null } },
	);
	const md = scheduleToMarkdown(sched, {
		title: 'Team day',
		date: '2026-03-31',
		links: { b: 'https://example.org/workshop/modules/b/' },
		warnings: ['Check the room.'],
	});

	it('has a title, the date, clock times and the total', () => {
		expect(md).toMatch(/^# Team day\n/);
		expect(md).toContain('Date: 2026-03-31');
		expect(md).toContain('| 09:00–10:00 | Gates \\| checks | 1 h |');
		expect(md).toContain('| 10:00–10:15 | *Break* | 15 min |');
		expect(md).toContain('| 10:15–11:10 | [Memory](https://example.org/workshop/modules/b/) | 55 min |');
		expect(md).toContain('Total: 2 h 10 min');
		expect(md).toContain('- Check the room.');
	});
});
