/**
 * Offline and installable: after one visit the service worker has the whole portal, so search,
 * the quick check and any docs page work with the network off; the page links a web app manifest
 * with the site's icons; a new release is offered with an accessible "new version" notice.
 */
import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadModel } from '../tests/load-content';
import { test, expect, axe } from './fixtures';

const model = loadModel();
test.use({ serviceWorkers: 'allow' });
// One worker at a time: the update test changes dist/sw.js for a moment.
test.describe.configure({ mode: 'serial' });

/** The first visit: wait until the worker controls the page (its install precached everything). */
async function installed(page: Page) {
	await page.goto('/');
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
}

test('after one visit, search, the quick check and docs pages work offline', async ({ page, context }) => {
	await installed(page);
	await context.setOffline(true);
	try {
		await page.goto('/search/?q=validation+gates');
		const hit = page.locator('[data-search-results] a', { hasText: /Validation gates/i }).first();
		await expect(hit).toBeVisible();
		await hit.click();
		await expect(page).toHaveURL(/\/docs\/patterns\/validation-gates\/$/);
		await expect(page.locator('h1')).toHaveCount(1);

		await page.goto('/assessment/quick/');
		// Answer only once the island has hydrated: a choice made before would be lost.
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
		for (const d of model.dimensions) {
			await page.getByRole('group', { name: new RegExp(d.quick.question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).getByRole('radio', { name: d.quick.options[1]!, exact: true }).check();
		}
		await expect(page.getByText('Estimated overall level 2: Organized')).toBeVisible();

		await page.goto('/docs/maturity/autonomous/');
		await expect(page.locator('h1')).toBeVisible();
		// Styles come from the cache too.
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain('Times');
	} finally {
		await context.setOffline(false);
	}
	const online = await page.goto('/docs/why/');
	expect(online?.status()).toBe(200);
});

test('the site is installable: a manifest with the 192 and 512 px icons', async ({ page, request }) => {
	await page.goto('/');
	const link = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(link).toBe('/manifest.webmanifest');
	const res = await request.get(link!);
	expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
	const manifest = await res.json();
	expect(manifest).toMatchObject({ name: expect.stringContaining('AgentOps'), start_url: './', display: 'standalone' });
	expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
	for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).status()).toBe(200);
	const sw = await request.get('/sw.js');
	expect(sw.headers()['cache-control']).toBe('no-cache');
});

test('Chromium reports nothing that stops installing it as an app', async ({ page }) => {
	await installed(page);
	// The browser's own installability check (manifest, icons, service worker, start URL), the one
	// behind the "Install app" button.
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// Playwright's browser contexts are incognito profiles, where Chromium never offers to install;
	// that one says nothing about the site, every other reason does.
	expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
	const { url, errors } = await cdp.send('Page.getAppManifest');
	expect(url).toMatch(/\/manifest\.webmanifest$/);
	expect(errors).toEqual([]);
});

test('a new release is offered with a notice, and Reload switches to it', async ({ page }) => {
	await installed(page);
	await expect(page.locator('[data-update-notice]')).toBeHidden();
	// A new release: the server now sends a different sw.js (browsers compare its bytes). Made by
	// changing the built file for the length of this test; restored whatever happens.
	const file = 'dist/sw.js';
	const original = readFileSync(file, 'utf8');
	try {
		writeFileSync(file, `${original}\n// release 2\n`);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const notice = page.locator('[data-update-notice]');
		await expect(notice).toBeVisible({ timeout: 30_000 });
		await expect(page.getByRole('status')).toContainText('A new version of this site is available.');
		expect(await axe(page, '.update-notice')).toEqual([]);
		const navigated = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Reload' }).click();
		await navigated;
		await expect(page.locator('[data-update-notice]')).toBeHidden();
		// The page is now controlled by the new worker, which found nothing else waiting.
		expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
	} finally {
		writeFileSync(file, original);
	}
});
