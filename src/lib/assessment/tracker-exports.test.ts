/**
 * The roadmap files for trackers: GitLab's importer needs title and description first, GitHub's
 * loop needs one JSON object per line, and text people typed (owners) must never become markup
 * or links in any of them (property test over hostile strings).
 */
import fc from 'fast-check';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../../tests/fixtures/hostile';
import { assessment, model } from '../../../tests/fixtures/model';
import { parseCsv } from '../library/csv';
import { changeStep } from './plan';
import { markdownReport } from './report';
import { resultView } from './result-view';
import { githubIssuesJsonl, gitlabIssuesCsv, roadmapChecklist } from './tracker-exports';

const link = (p: string) => `https://site.test${p}`;
const now = new Date('2026-03-01T09:00:00Z');
const steps = resultView(model, assessment).steps;
const [first, second] = steps.map((s) => s.practiceId);
const planned = {
	...assessment,
	plan: changeStep(changeStep(undefined, first!, { owner: 'Dana (platform)', due: '2026-04-15' }, now), second!, { status: 'done' }, now),
};

describe('tracker exports', () => {
	it('the checklist ticks done steps and names owners and due dates', () => {
		const md = roadmapChecklist(model, planned, link);
		expect(md).toContain(`- [ ] **${steps[0]!.title}**`);
		expect(md).toContain('Owner: Dana (platform) · Due: 2026-04-15');
		expect(md).toContain(`- [x] **${steps[1]!.title}**`);
		expect(md).toContain(`1 of ${steps.length} steps done.`);
		// The Markdown report carries the same checklist.
		expect(markdownReport(model, planned, link)).toContain('Owner: Dana (platform) · Due: 2026-04-15');
	});

	it('GitLab CSV: title, description, due_date, one row per open step', () => {
		const rows = parseCsv(gitlabIssuesCsv(model, planned, link));
		expect(rows[0]).toEqual(['title', 'description', 'due_date']);
		expect(rows).toHaveLength(steps.length); // header + every step but the done one
		expect(rows[1]![0]).toBe(steps[0]!.title);
		expect(rows[1]![1]).toContain('**Owner:** Dana (platform)');
		expect(rows[1]![2]).toBe('2026-04-15');
		expect(rows.every((r) => r.length === 3 && /^\d{4}-\d{2}-\d{2}$|^due_date$/.test(r[2]!))).toBe(true);
	});

	it('GitHub JSON Lines: one create-issue body per line', () => {
		const lines = githubIssuesJsonl(model, planned, link).trimEnd().split('\n');
		expect(lines).toHaveLength(steps.length - 1);
		const issues = lines.map((l) => JSON.parse(l) as { title: string; body: string });
		expect(Object.keys(issues[0]!)).toEqual(['title', 'body']);
		expect(issues[0]!.body).toContain(`<${link(steps[0]!.docs)}>`);
	});

	it('owners people typed stay text in every export', () => {
		// The same elements, links included, as with a plain owner: the typed text added none.
		const tags = (md: string) => [...markdownToHtml(md, { features: { gfm: true } }).html.matchAll(/<[^>]+>/g)].map((m) => m[0]);
		const withOwner = (owner: string) => ({ ...assessment, plan: changeStep(undefined, first!, { owner }, now) });
		const plain = withOwner('Dana');
		const plainChecklist = tags(roadmapChecklist(model, plain, link));
		const plainBody = tags(parseCsv(gitlabIssuesCsv(model, plain, link))[1]![1]!);
		fc.assert(
			fc.property(hostileText, (owner) => {
				const a = withOwner(owner);
				expect(tags(roadmapChecklist(model, a, link))).toEqual(plainChecklist);
				const rows = parseCsv(gitlabIssuesCsv(model, a, link));
				expect(rows.every((r) => r.length === 3)).toBe(true);
				if (a.plan.steps[first!]?.owner) expect(tags(rows[1]![1]!)).toEqual(plainBody);
				for (const line of githubIssuesJsonl(model, a, link).trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
		);
	});
});
