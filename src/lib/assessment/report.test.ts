import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { assessment, model } from '../../../tests/fixtures/model';
import { csvField, markdownReport, roadmapCsv, teamMarkdown, toCsv } from './report';
import { summariseTeam } from './team';

const link = (p: string) => `https://site.test${p}`;
const a = assessment;

describe('csv', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		[' edge', '" edge"'],
		['=SUM(A1)', "'=SUM(A1)"],
		['-1, or not', `"'-1, or not"`],
	])('quotes %j as %s', (input, out) => expect(csvField(input)).toBe(out));
	it('ends rows with CRLF', () =>
		expect(
			toCsv([
				['a', 'b'],
				['c', 'd'],
			]),
		).toBe('a,b\r\nc,d\r\n'));
	it('lists the roadmap steps with the tracker columns, owners, due dates and statuses', () => {
		const planned = { ...a, plan: { start: '2026-03-01', steps: { a3: { owner: 'Dana (platform)', status: 'doing' as const } } } };
		const csv = roadmapCsv(model, planned, link);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = csv.slice(1).trimEnd().split('\r\n');
		expect(rows[0]).toBe('Title,Dimension,Level,Phase,Effort,Owner,Due,Status,Done when,Link');
		expect(rows).toContain(
			'Do the thing for a3 now please.,Alpha,3,Next,Large effort,Dana (platform),2026-05-30,Doing,a3 is done.,https://site.test/docs/patterns/observability/',
		);
		// No owner yet: the due date is proposed from the phase (now: 30 days after the plan's start).
		expect(
			rows.some((r) => r.startsWith('"Find out, then act: Do the thing for b3 now please.",Beta,3,Now,Small effort,,2026-03-31,To do,')),
		).toBe(true);
	});
});

describe('markdownReport', () => {
	const md = markdownReport(model, a, link);
	it('has levels, reasons and the roadmap', () => {
		expect(md).toContain('# AgentOps maturity assessment, 2026-03-01');
		expect(md).toContain('## Overall: level 2, Organized');
		expect(md).toContain('| Alpha | Level 2 Organized | ');
		expect(md).toContain('### Alpha: Level 2 Organized');
		expect(md).toContain('Why not level 3:');
		expect(md).toContain('### Now: the next 30 days');
		expect(md).toContain('<https://site.test/docs/patterns/composability/>');
		expect(md).not.toMatch(/\n\n\n/);
	});
});

describe('teamMarkdown', () => {
	it('writes respondent labels (file names, typed names) as text, never as HTML or links', () => {
		const labels = ['<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', 'a|b\n# c'];
		const respondents = labels.map((label, i) => ({ id: String(i), label, assessment: a }));
		const md = teamMarkdown(model, respondents, summariseTeam(model, respondents), labels, link, '2026-03-01');
		const { html } = markdownToHtml(md, { features: { gfm: true } });
		expect(html).not.toMatch(/<img|href="javascript|<h1>c/);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('[x](javascript:alert(1))');
	});
});
