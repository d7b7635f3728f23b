/**
 * Backups on the production build: repeated replaces keep every earlier state in a dated list,
 * any of them can be restored or downloaded, a damaged list is reported and kept, and a storage
 * that refuses every write makes each action say so while nothing is lost. Axe and screenshots
 * of the backups page in both themes, at 1280 and 320 px.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MAX_BACKUPS } from '../src/lib/assessment/backups';
import { BACKUPS_TEXT } from '../src/lib/assessment/messages';
import { askedPractices, wordingFor, type Context } from '../src/lib/assessment/model';
import { test, expect, axe } from './fixtures';
import { builtModel } from './model';

const model = builtModel();
const KEY = 'agentops:assessment';
const BACKUPS = 'agentops:backups';
const TEAM: Context = { scale: 'team', audience: 'platform-teams', scopes: ['chat', 'tools', 'multi-agent'] };
const practices = askedPractices(model.dimensions[0]!, TEAM);

/** Saved progress with the first `n` questions answered "none". */
const progress = (n: number) =>
	JSON.stringify({
		format: 1,
		modelVersion: model.meta.version,
		context: TEAM,
		answers: Object.fromEntries(practices.slice(0, n).map((p) => [p.id, 0])),
		targets: {},
		step: 1,
		updatedAt: '2026-11-01T10:00:00.000Z',
	});

const get = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const set = (page: Page, key: string, value: string) => page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
const storedBackups = async (page: Page): Promise<{ reason: string; raw: string; setAsideAt: string }[]> =>
	JSON.parse((await get(page, BACKUPS)) ?? '{"backups":[]}').backups;

/** Every write throws QuotaExceededError from the next page load on, as a full storage does. */
const fillStorage = (page: Page) =>
	page.addInitScript(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});

/** Saved progress with `n` answers, replaced with "Start over" from the resume offer. */
async function startOverFrom(page: Page, n: number) {
	await set(page, KEY, progress(n));
	await page.goto('/assessment/');
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(page.getByText(/^Step 1 of/)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
	await page.goto('/assessment/backups/');
	await page.evaluate(() => localStorage.clear());
});

test('three "Start over" give three dated backups; restoring the first brings its answers back', async ({ page }) => {
	for (const n of [3, 2, 1]) await startOverFrom(page, n);
	expect((await storedBackups(page)).map((b) => b.raw)).toEqual([progress(3), progress(2), progress(1)]);

	await page.goto('/assessment/backups/');
	const items = page.getByRole('list', { name: BACKUPS_TEXT.listLabel }).getByRole('listitem');
	await expect(items).toHaveCount(3);
	// Newest first: the first replaced state (3 answers) is last.
	for (const [i, n] of [3, 2, 1].reverse().entries()) {
		await expect(items.nth(i).getByRole('heading')).toContainText('Saved progress, ');
		await expect(items.nth(i)).toContainText('Set aside by “Start over”.');
		await expect(items.nth(i)).toContainText(`${n} answer${n === 1 ? '' : 's'}`);
		await expect(items.nth(i).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
	}
	const first = items.nth(2);
	const [download] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: 'Download' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^agentops-backup-saved-progress-\d{4}-\d\d-\d\d-\d{4}-\d\d\.json$/);
	expect(readFileSync((await download.path())!, 'utf8')).toBe(progress(3));

	// Progress made since (4 answers) is what the restore replaces.
	await set(page, KEY, progress(4));
	await first.getByRole('button', { name: 'Restore' }).click();
	await expect(first.getByRole('alert')).toContainText('first set aside here as a backup');
	expect(await axe(page), 'axe with the confirmation open').toEqual([]);
	await first.getByRole('button', { name: 'Restore it' }).click();
	await expect(page.getByText(BACKUPS_TEXT.restored.progress)).toBeVisible();
	expect(await get(page, KEY)).toBe(progress(3));
	// What was saved before the restore is a backup too.
	await expect(items).toHaveCount(4);
	await expect(items.first()).toContainText('Replaced when an earlier backup was restored.');
	await expect(items.first()).toContainText('4 answers');

	await page.getByRole('link', { name: BACKUPS_TEXT.openRestored.progress }).click();
	await expect(page.getByText('3 answers, last saved')).toBeVisible();
	await page.getByRole('button', { name: 'Resume where I left off' }).click();
	// The original answers are on screen again, as they were chosen.
	for (const p of practices.slice(0, 3)) {
		const none = model.meta.scales[p.answerScale][0]!.label;
		await expect(
			page
				.getByRole('group', { name: wordingFor(p, TEAM.audience).statement, exact: true })
				.getByRole('radio', { name: none, exact: true }),
		).toBeChecked();
	}
});

test('a full backups list: "Start over" asks before the oldest goes, and offers its download first', async ({ page }) => {
	const list = Array.from({ length: MAX_BACKUPS }, (_, i) => ({
		id: `b${i}`,
		of: 'progress',
		reason: 'start-over',
		setAsideAt: new Date(Date.UTC(2026, 10, 1 + i, 9)).toISOString(),
		raw: progress(1 + (i % 3)),
	}));
	const stored = JSON.stringify({ format: 'agentops-backups', formatVersion: 1, backups: list });
	await set(page, BACKUPS, stored);
	await set(page, KEY, progress(2));
	await page.goto('/assessment/');
	await page.getByRole('button', { name: 'Start over' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(`Your backups list is full (${MAX_BACKUPS} backups`);
	await expect(alert).toContainText('Nothing has changed yet');
	expect(await axe(page), 'axe with the question open').toEqual([]);
	await page.screenshot({ path: test.info().outputPath('full-list-question.png'), fullPage: true });
	expect([await get(page, KEY), await get(page, BACKUPS)]).toEqual([progress(2), stored]);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the oldest backup' }).click(),
	]);
	expect(readFileSync((await download.path())!, 'utf8')).toBe(list[0]!.raw);
	await page.getByRole('button', { name: 'Drop it and go on' }).click();
	await expect(page.getByText(/^Step 1 of/)).toBeVisible();
	const after = await storedBackups(page);
	expect(after).toHaveLength(MAX_BACKUPS);
	expect(after.at(-1)!.raw).toBe(progress(2));
	expect(after.map((b) => (b as unknown as { id: string }).id).slice(0, -1)).toEqual(list.slice(1).map((b) => b.id));
});

test('progress saved with the earlier questions is listed as it was, once, before it is carried over', async ({ page }) => {
	const v1 = readFileSync('tests/fixtures/v1/saved-progress.json', 'utf8');
	await set(page, KEY, v1);
	for (let i = 0; i < 2; i++) {
		await page.goto('/assessment/');
		await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
	}
	await page.goto('/assessment/backups/');
	const items = page.getByRole('list', { name: BACKUPS_TEXT.listLabel }).getByRole('listitem');
	await expect(items).toHaveCount(1);
	await expect(items.first()).toContainText(BACKUPS_TEXT.reason['carried-over']);
	const [download] = await Promise.all([page.waitForEvent('download'), items.first().getByRole('button', { name: 'Download' }).click()]);
	expect(readFileSync((await download.path())!, 'utf8')).toBe(v1);
});

test('a damaged backups list gets a clear message, is kept, and blocks no one silently', async ({ page }) => {
	const corrupt = '{"format":"agentops-backups","formatVersion":1,"backups":[{"id":';
	await set(page, BACKUPS, corrupt);
	await page.goto('/assessment/backups/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('We could not read your backups');
	await expect(alert).toContainText('Nothing has been deleted or written over');
	expect(await axe(page), 'axe on the problem').toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axe(page, undefined, { contrastOnly: true }), 'axe on the problem, dark').toEqual([]);
	await page.screenshot({ path: test.info().outputPath('damaged-list-dark.png'), fullPage: true });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the stored backups list' }).click(),
	]);
	expect(readFileSync((await download.path())!, 'utf8')).toBe(corrupt);

	// Start over would need a backup: it is refused with a message, and both values stay as they were.
	await set(page, KEY, progress(2));
	await page.goto('/assessment/');
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(page.getByRole('alert')).toContainText('Your backups list could not be read, so nothing was replaced');
	expect(await get(page, KEY)).toBe(progress(2));
	expect(await get(page, BACKUPS)).toBe(corrupt);
	await page.getByRole('link', { name: BACKUPS_TEXT.link }).first().click();

	// Replacing it takes an explicit confirmation.
	await page.getByRole('button', { name: 'Start a new backups list' }).click();
	expect(await get(page, BACKUPS)).toBe(corrupt);
	await page.getByRole('button', { name: 'Remove it and start a new list' }).click();
	await expect(page.getByText(BACKUPS_TEXT.empty)).toBeVisible();
});

test('storage full: start over and restore say they failed, and nothing is lost', async ({ page }) => {
	await startOverFrom(page, 2);
	await set(page, KEY, progress(1));
	const [live, list] = [await get(page, KEY), await get(page, BACKUPS)];
	await fillStorage(page);

	await page.goto('/assessment/');
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(page.getByRole('alert')).toContainText('This browser refused to save');
	await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
	expect([await get(page, KEY), await get(page, BACKUPS)]).toEqual([live, list]);

	await page.goto('/assessment/backups/');
	await page.getByRole('button', { name: 'Restore' }).click();
	await page.getByRole('button', { name: 'Restore it' }).click();
	await expect(page.getByRole('alert')).toContainText('This browser refused to save');
	await expect(page.getByText(BACKUPS_TEXT.restored.progress)).toHaveCount(0);
	expect([await get(page, KEY), await get(page, BACKUPS)]).toEqual([live, list]);
});

test('the backups page: empty state, axe in both themes, readable at 320 px', async ({ page }, testInfo) => {
	await page.goto('/assessment/backups/');
	await expect(page.getByText(BACKUPS_TEXT.empty)).toBeVisible();
	await page.goto('/assessment/history/');
	await page.getByRole('link', { name: 'your backups' }).click();
	await expect(page).toHaveURL(/\/assessment\/backups\/$/);

	for (const n of [3, 1]) await startOverFrom(page, n);
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		for (const width of [1280, 320]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/assessment/backups/');
			await expect(page.getByRole('list', { name: BACKUPS_TEXT.listLabel }).getByRole('listitem')).toHaveCount(2);
			expect(await axe(page, undefined, { contrastOnly: theme === 'dark' }), `axe, ${theme}, ${width} px`).toEqual([]);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
				`no sideways scroll at ${width} px`,
			).toBeLessThanOrEqual(0);
			await page.screenshot({ path: testInfo.outputPath(`backups-${theme}-${width}.png`), fullPage: true });
		}
	}
});
