/**
 * Running the roadmap (issue 15): owners, due dates and statuses per step, kept across visits,
 * carried into the JSON, CSV, checklist and tracker files, read back from a result file, and a
 * reassessment reminder for the calendar. On the production build.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parseCsv } from '../src/lib/library/csv';
import { builtModel } from './model';
import { test, expect, axe } from './fixtures';

const model = builtModel();
const KEY = 'agentops:assessment';
/** A software team with level 2 practices in place, nothing above: a roadmap of several steps. */
const saved = JSON.stringify({
	format: 1,
	modelVersion: model.meta.version,
	context: { scale: 'team', audience: 'platform-teams', scopes: ['chat', 'tools'] },
	answers: Object.fromEntries(
		model.dimensions.flatMap((d) => d.practices.map((p) => [p.id, p.level <= 2 ? model.meta.scales[p.answerScale].length - 1 : 0])),
	),
	targets: {},
	step: 9,
	updatedAt: '2026-01-01T00:00:00.000Z',
});

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}
const text = async (d: Download) => readFileSync((await d.path())!, 'utf8');
async function download(page: Page, name: string) {
	const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
	return { name: d.suggestedFilename(), text: await text(d), path: (await d.path())! };
}

test.beforeEach(async ({ page }) => {
	await page.goto('/assessment/');
	await page.evaluate(([k, v]) => (localStorage.clear(), localStorage.setItem(k, v)), [KEY, saved] as const);
});

test('a step gets an owner, a due date and a status; they survive a reload and go into every export', async ({ page }) => {
	await open(page, '/assessment/results/');
	const steps = page.locator('.roadmap__step');
	await expect(steps.first()).toBeVisible();
	const count = await steps.count();
	expect(count).toBeGreaterThan(2);
	const first = steps.nth(0);
	const second = steps.nth(1);
	const title = (await first.locator('h4').innerText()).trim();
	await expect(page.getByText(`0 of ${count} steps done.`)).toBeVisible();
	// Due dates are proposed from the phase until someone sets one.
	await expect(first.locator('.plan-fields').getByText('(proposed from the phase)')).toBeVisible();

	await first.getByLabel('Owner').fill('Dana (platform)');
	await first.getByLabel('Owner').press('Tab');
	await first.getByLabel('Due').fill('2027-01-15');
	await first.getByLabel('Status').selectOption({ label: 'Done' });
	await second.getByLabel('Status').selectOption({ label: 'Doing' });
	await expect(page.getByText(`1 of ${count} steps done, 1 under way.`)).toBeVisible();
	await expect(first.locator('.badge', { hasText: 'Done' })).toBeVisible();
	expect(await axe(page, '.roadmap'), 'axe on the roadmap with its fields').toEqual([]);

	await open(page, '/assessment/results/');
	await expect(page.getByText(`1 of ${count} steps done, 1 under way.`)).toBeVisible();
	await expect(steps.nth(0).getByLabel('Owner')).toHaveValue('Dana (platform)');
	await expect(steps.nth(0).getByLabel('Due')).toHaveValue('2027-01-15');
	await expect(steps.nth(0).getByLabel('Status')).toHaveValue('done');

	const csv = parseCsv((await download(page, 'Download roadmap CSV')).text.replace(/^\uFEFF/, ''));
	expect(csv[0]).toEqual(['Title', 'Dimension', 'Level', 'Phase', 'Effort', 'Owner', 'Due', 'Status', 'Done when', 'Link']);
	expect(csv.find((r) => r[0] === title)?.slice(5, 8)).toEqual(['Dana (platform)', '2027-01-15', 'Done']);

	const checklist = await download(page, 'Download Markdown checklist');
	expect(checklist.text).toContain(`- [x] **${title}**`);
	expect(checklist.text).toContain('Owner: Dana (platform) · Due: 2027-01-15');

	const gitlab = parseCsv((await download(page, 'Download GitLab issues CSV')).text);
	expect(gitlab[0]).toEqual(['title', 'description', 'due_date']);
	expect(gitlab).toHaveLength(count); // header + every step but the done one
	expect(gitlab.some((r) => r[0] === title)).toBe(false);

	const github = (await download(page, 'Download GitHub issues (JSON Lines)')).text.trimEnd().split('\n');
	expect(github).toHaveLength(count - 1);
	expect(github.map((l) => Object.keys(JSON.parse(l) as object))).toContainEqual(['title', 'body']);
	await page.getByText('How to import them').click();
	await expect(page.getByText("gh api 'repos/{owner}/{repo}/issues' --input -")).toBeVisible();

	// The JSON download carries the plan; opened elsewhere it reads back, read-only.
	const json = await download(page, 'Download JSON');
	expect(JSON.parse(json.text).plan.steps).toMatchObject({});
	expect(JSON.parse(json.text).roadmap.find((s: { action: string }) => title.endsWith(s.action))).toMatchObject({
		owner: 'Dana (platform)',
		due: '2027-01-15',
		status: 'done',
	});
	await open(page, '/assessment/shared/');
	await page.getByLabel('Result file (JSON)').setInputFiles(json.path);
	await expect(page.getByText('Status: Done · Owner: Dana (platform) · Due: 2027-01-15')).toBeVisible();
	await expect(page.getByLabel('Owner')).toHaveCount(0);
});

test('a reminder to reassess is a calendar file for the day picked', async ({ page }) => {
	await open(page, '/assessment/results/');
	const day = page.getByLabel('Remind me to reassess on');
	await expect(day).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
	await day.fill('2027-03-03');
	const ics = await download(page, 'Download reminder (.ics)');
	expect(ics.name).toBe('agentops-reassess-2027-03-03.ics');
	expect(ics.text).toContain('DTSTART;VALUE=DATE:20270303\r\n');
	expect(ics.text).toContain('TRIGGER:-P1D\r\n');
});

test('at 320 px the step fields stack and nothing scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await open(page, '/assessment/results/');
	const owner = page.locator('.roadmap__step').first().getByLabel('Owner');
	await owner.scrollIntoViewIfNeeded();
	const box = (await owner.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(320);
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

// The printout is the roadmap people take into a meeting: it carries each step's owner, due date
// and status as text (form controls print as empty boxes) and fits the page on A4 and on Letter.
for (const [paper, width] of [
	['A4', 718], // 210 mm less Chromium's default 1 cm margins, at 96 px per inch
	['Letter', 739], // 8.5 in less the same margins
] as const) {
	test(`the printout on ${paper} shows each step's owner, due date and status, and nothing runs off the page`, async ({ page }) => {
		await open(page, '/assessment/results/');
		const first = page.locator('.roadmap__step').first();
		await first.getByLabel('Owner').fill('Dana (platform)');
		await first.getByLabel('Owner').press('Tab');
		await first.getByLabel('Due').fill('2027-01-15');
		await page.setViewportSize({ width, height: 1000 });
		await page.emulateMedia({ media: 'print' });
		await expect(first.getByLabel('Owner')).toBeHidden();
		await expect(first.getByText('Status: To do · Owner: Dana (platform) · Due: 2027-01-15')).toBeVisible();
		// Every other step prints its proposed due date.
		await expect(
			page
				.locator('.roadmap__step')
				.nth(1)
				.getByText(/Due: \d{4}-\d{2}-\d{2} \(proposed from the phase\)/),
		).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		const pdf = await page.pdf({ format: paper });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
}
