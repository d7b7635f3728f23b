import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import { csvField, markdownReport, roadmapCsv, toCsv } from './report';

const link = (p: string) => `https://site.test${p}`;
const a = { modelVersion: 2, createdAt: '2026-03-01T00:00:00.000Z', context, answers: { a2: 3, a2x: 2, b2: 3, b2x: 3, b3: 'dont-know' as const }, targets: {} };

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
	it('ends rows with CRLF', () => expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n'));
	it('lists the roadmap steps with the tracker columns', () => {
		const rows = roadmapCsv(model, a, link).trimEnd().split('\r\n');
		expect(rows[0]).toBe('Title,Dimension,Phase,Effort,Done when,Link');
		expect(rows.some((r) => r.startsWith('Do the thing for a3 now please.,Alpha,Next,Large effort,a3 is done.,https://site.test/docs/patterns/observability/'))).toBe(true);
		expect(rows.some((r) => r.startsWith('"Find out, then act: Do the thing for b3 now please.",Beta,Now'))).toBe(true);
	});
});

describe('markdownReport', () => {
	const md = markdownReport(model, a, link);
	it('has levels, reasons and the roadmap', () => {
		expect(md).toContain('# AgentOps maturity assessment, 2026-03-01');
		expect(md).toContain('## Overall: level 2, Organized');
		expect(md).toContain('| Alpha | 2 Organized | ');
		expect(md).toContain('Why not level 3:');
		expect(md).toContain('### Now: the next 30 days');
		expect(md).toContain('<https://site.test/docs/patterns/composability/>');
		expect(md).not.toMatch(/\n\n\n/);
	});
});
