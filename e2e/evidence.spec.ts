/**
 * The evidence check in the browser (issue 17), on the production build: a person chooses the
 * well-run fixture repository (as a folder, then as a .zip), sees the proposed answers with the
 * files and lines behind them, confirms one and then the rest, and finds them in the saved
 * assessment; Cancel stops a check and changes nothing. No request leaves the site (the shared
 * fixture fails the test otherwise), axe finds nothing in either theme, 320 px needs no sideways scroll.
 */
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { mkdirSync } from 'node:fs';
import { readDir } from '../src/cli/read-dir';
import { STORAGE_KEY } from '../src/lib/assessment/saved';
import { findPractice, wordingFor, type Context } from '../src/lib/assessment/model';
import { EVIDENCE_TEXT } from '../src/lib/evidence/messages';
import { proposeAnswers } from '../src/lib/evidence/practices';
import { EVIDENCE_RULES } from '../src/lib/evidence/rules';
import { scanEntries } from '../src/lib/evidence/scan';
import { chooseContext } from './assessment-steps';
import { axe, expect, test } from './fixtures';
import { builtModel } from './model';

const FIXTURE = 'tests/fixtures/evidence/well-run';
const SHOTS = 'test-results/evidence';
const model = builtModel();
// chooseContext picks a team, a software or platform team, and every kind of AI use.
const team: Context = { scale: 'team', audience: 'platform-teams', scopes: ['chat', 'tools', 'multi-agent'] };
const expected = proposeAnswers(model, team, scanEntries(readDir(FIXTURE), EVIDENCE_RULES).findings);
const statement = (id: string) => wordingFor(findPractice(model, id)!, team.audience).statement;
const labelOf = (id: string, option: number) => model.meta.scales[findPractice(model, id)!.answerScale][option]!.label;
const savedAnswers = (page: Page) =>
	page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{"answers":{}}').answers as Record<string, unknown>, STORAGE_KEY);
const proposal = (page: Page, id: string) =>
	page.locator('.evidence__proposal').filter({ has: page.getByText(statement(id), { exact: true }) });

test.beforeEach(async ({ page }) => {
	await page.goto('/assessment/evidence/');
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2, name: EVIDENCE_TEXT.pickTitle })).toBeVisible();
});

test('the page says plainly that nothing is uploaded, and its policy lets it talk to this site only', async ({ page }) => {
	await expect(page.getByText(EVIDENCE_TEXT.readHere)).toBeVisible();
	await expect(page.getByText('The files never leave this browser.')).toBeVisible();
	const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
	expect(csp).toMatch(/(^|;)\s*connect-src 'self'\s*(;|$)/);
	expect(csp).toMatch(/(^|;)\s*worker-src 'self'\s*(;|$)/);
	// Reached from the assessment and from the results.
	for (const path of ['/assessment/', '/assessment/results/']) {
		await page.goto(path);
		await page.getByRole('link', { name: 'Check a folder' }).click();
		await expect(page).toHaveURL(/\/assessment\/evidence\/$/);
	}
});

test('a folder: proposals with their files and lines, confirmed one by one and all at once', async ({ page }) => {
	expect(expected.length).toBeGreaterThan(3);
	await page.locator('[data-folder-input]').setInputFiles(FIXTURE);
	await expect(page.getByRole('heading', { level: 2, name: EVIDENCE_TEXT.resultsTitle })).toBeFocused();
	await expect(page.getByText(/^well-run: \d+ files checked/)).toBeVisible();
	// Nothing was saved by the check itself.
	expect(await savedAnswers(page)).toEqual({});
	await expect(page.getByText(EVIDENCE_TEXT.contextFirst)).toBeVisible();
	await chooseContext(page);
	await page.getByRole('button', { name: EVIDENCE_TEXT.contextConfirm }).click();

	const rows = page.locator('.evidence__proposal');
	await expect(rows).toHaveCount(expected.length);
	for (const p of expected) {
		const row = proposal(page, p.practiceId);
		await expect(row).toContainText(EVIDENCE_TEXT.proposed(labelOf(p.practiceId, p.option)));
		for (const f of p.findings) await expect(row).toContainText(`${f.path}:${f.line}`);
	}
	// The evals gate, read from the CI workflow's promptfoo step.
	const gate = proposal(page, 'ev-evals-gate-changes');
	await expect(gate).toContainText('.github/workflows/ci.yml:17');

	// Confirm one: only it is saved.
	const one = expected.find((p) => p.practiceId === 'ev-evals-gate-changes')!;
	await gate.getByRole('button', { name: EVIDENCE_TEXT.useOne(labelOf(one.practiceId, one.option)) }).click();
	await expect(page.getByRole('status').filter({ hasText: EVIDENCE_TEXT.saved(1) })).toBeVisible();
	await expect(gate).toContainText(EVIDENCE_TEXT.inAssessment(labelOf(one.practiceId, one.option)));
	await expect(gate.getByRole('button')).toHaveCount(0);
	// Focus stays where the button was, on what the assessment now holds.
	await expect(gate.getByText(EVIDENCE_TEXT.inAssessment(labelOf(one.practiceId, one.option)))).toBeFocused();
	expect(await savedAnswers(page)).toEqual({ [one.practiceId]: one.option });

	// The level per dimension, from the answers and from the evidence alone.
	const levels = page.getByRole('table');
	await expect(levels.getByRole('columnheader', { name: EVIDENCE_TEXT.byEvidence })).toBeVisible();
	await expect(levels.getByRole('row')).toHaveCount(model.dimensions.length + 1);

	// Then the rest at once.
	await page.getByRole('button', { name: EVIDENCE_TEXT.useAll(expected.length - 1) }).click();
	await expect(page.getByRole('status').filter({ hasText: EVIDENCE_TEXT.saved(expected.length - 1) })).toBeVisible();
	expect(await savedAnswers(page)).toEqual(Object.fromEntries(expected.map((p) => [p.practiceId, p.option])));
	await expect(page.locator('.evidence__proposal button')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: EVIDENCE_TEXT.proposalsTitle })).toBeFocused();

	// The assessment opens with those answers.
	await page.getByRole('link', { name: EVIDENCE_TEXT.toResults }).click();
	await expect(page).toHaveURL(/\/assessment\/results\/$/);
	await expect(page.getByRole('heading', { name: /^Overall level \d: / })).toBeVisible();
});

test('a .zip of the repository (one top folder, as a forge downloads it) gives the same proposals', async ({ page }) => {
	const zip = zipSync(Object.fromEntries(readDir(FIXTURE).map((e) => [`well-run-main/${e.path}`, strToU8(e.text ?? '')])));
	await chooseContextFirst(page);
	await page
		.locator('[data-zip-input]')
		.setInputFiles({ name: 'well-run-main.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
	await expect(page.getByText(/^well-run-main\.zip: \d+ files checked/)).toBeVisible();
	await expect(page.locator('.evidence__proposal')).toHaveCount(expected.length);
	// A file that is not a .zip is refused with a reason, and nothing is changed.
	await page.getByRole('button', { name: EVIDENCE_TEXT.again }).click();
	await page
		.locator('[data-zip-input]')
		.setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
	await expect(page.getByText(EVIDENCE_TEXT.zipUnreadable)).toBeFocused();
	expect(await savedAnswers(page)).toEqual({});
});

/** Set the context through the assessment first (as a person who has started it), so results show at once. */
async function chooseContextFirst(page: Page) {
	await page.goto('/assessment/');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await chooseContext(page);
	await page.goto('/assessment/evidence/');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

test('Cancel stops a check before it ends and changes nothing', async ({ page }) => {
	// Hold the worker's script so the check cannot finish before Cancel is pressed.
	let held = 0;
	await page.route('**/_astro/scan-worker*.js', () => void held++);
	await page.locator('[data-folder-input]').setInputFiles(FIXTURE);
	const cancel = page.getByRole('button', { name: EVIDENCE_TEXT.cancel });
	await expect(cancel).toBeVisible();
	await expect.poll(() => held).toBe(1);
	await cancel.click();
	const stopped = page.getByText(/^Stopped after 0 of \d+ files\. Nothing was changed\.$/);
	await expect(stopped).toBeFocused();
	await expect(cancel).toHaveCount(0);
	await expect(page.getByRole('heading', { name: EVIDENCE_TEXT.resultsTitle })).toHaveCount(0);
	expect(await savedAnswers(page)).toEqual({});
	// The picker is ready for another check, which now runs to the end.
	await page.unroute('**/_astro/scan-worker*.js');
	await page.locator('[data-folder-input]').setInputFiles(FIXTURE);
	await expect(page.getByRole('heading', { level: 2, name: EVIDENCE_TEXT.resultsTitle })).toBeVisible();
});

test('no axe violations in light and dark, no sideways scroll at 320 px; screenshots', async ({ page }) => {
	mkdirSync(SHOTS, { recursive: true });
	const check = async (stage: string, shots: string[]) => {
		for (const theme of ['light', 'dark'] as const) {
			await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
			expect(await axe(page), `${stage}, ${theme}`).toEqual([]);
			for (const width of [1280, 320]) {
				await page.setViewportSize({ width, height: 900 });
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `${stage}, ${theme} at ${width} px`).toBeLessThanOrEqual(0);
				for (const [i, at] of shots.entries()) {
					await page.locator(at).evaluate((e) => e.scrollIntoView());
					await page.screenshot({ path: `${SHOTS}/${stage}${i || ''}-${width}-${theme}.png` });
				}
			}
			await page.setViewportSize({ width: 1280, height: 900 });
		}
	};
	await chooseContextFirst(page);
	await check('picker', ['main h1']);
	await page.locator('[data-folder-input]').setInputFiles(FIXTURE);
	await expect(page.locator('.evidence__proposal')).toHaveCount(expected.length);
	// One proposal confirmed, one practice list opened: every state of a result row is on the page.
	await page.locator('.evidence__proposal').first().getByRole('button').click();
	await page.locator('.evidence__not-expected summary').first().click();
	await check('results', ['#evidence-results', '#evidence-levels', '#evidence-practices']);
});
