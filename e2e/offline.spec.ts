/**
 * Offline and installable, on a release of its own: the built site is copied to a temporary
 * directory and served there by nginx with the production rules, so this file can publish a new
 * release without touching dist/ under the other tests.
 * - After one visit the service worker has the whole portal: docs, search, the full assessment
 *   and its results, the quick check, the evidence check (its scan worker too), templates and their downloads, curriculum modules and the
 *   agenda builder all work with the network off; an address it has not saved gets the offline
 *   page offline and the server's 404 online.
 * - A new release (a page changed, then scripts/sw.mjs run again: the same last step as
 *   `npm run build`) is announced with an accessible notice; Reload switches to it, and no page of
 *   the old release is served afterwards, online or offline.
 * - A web app manifest with the icons, and Chromium's own installability check finds nothing.
 * - Pages left out of the first download (SW_PRECACHE_IGNORE) are kept offline once read.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtModel } from './model';
import { test, expect, axe } from './fixtures';
import { answerQuestion, chooseContextOf } from './assessment-steps';
import { askedPractices, type Context } from '../src/lib/assessment/model';

const model = builtModel();
// E2E_PORT serves dist/ and E2E_PORT + 1 the sub-path build; each worker that runs this file gets
// a port of its own above those (Playwright numbers its parallel workers from 0).
const port = Number(process.env.E2E_PORT ?? 4317) + 2 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const origin = `http://127.0.0.1:${port}`;
let release: string;
let server: ChildProcess;

test.use({ baseURL: origin, serviceWorkers: 'allow' });
// In order, in one worker: the tests share the release copy, and the update test changes it.
test.describe.configure({ mode: 'serial' });

/** Whether the release copy answers at all. */
const answers = () =>
	fetch(`${origin}/`).then(
		(r) => r.ok,
		() => false,
	);

/** Poll until `done` holds, every `ms` for at most `tries` times; false if it never did. */
async function until(done: () => Promise<boolean>, tries: number, ms: number) {
	for (let i = 0; i < tries; i++) {
		if (await done()) return true;
		await new Promise((resolve) => setTimeout(resolve, ms));
	}
	return false;
}

/** Serve the release copy; resolves once it answers. */
async function startServer() {
	server = spawn('bash', ['scripts/serve-nginx.sh', release, String(port)], { stdio: 'ignore', detached: true });
	if (!(await until(answers, 150, 200))) throw new Error(`the release copy was not served on ${origin} within 30 s`);
}

/** Stop the server and wait until nothing answers: the network is really gone, not only emulated. */
async function stopServer() {
	try {
		if (server?.pid) process.kill(-server.pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
	if (!(await until(async () => !(await answers()), 50, 100))) throw new Error(`the server on ${origin} did not stop`);
}

test.beforeAll(async () => {
	release = mkdtempSync(join(tmpdir(), 'agentops-release-'));
	cpSync('dist', release, { recursive: true });
	await startServer();
});

test.afterAll(async () => {
	await stopServer();
	rmSync(release, { recursive: true, force: true });
});

/** Offline for the page (emulated) and for real (no server); back online afterwards, whatever happens. */
async function withoutNetwork(context: BrowserContext, run: () => Promise<void>) {
	await context.setOffline(true);
	await stopServer();
	try {
		await run();
	} finally {
		await context.setOffline(false);
		await startServer();
	}
}

/** The first visit: wait until the worker controls the page (its install precached everything). */
async function installed(page: Page, path = '/') {
	await page.goto(path);
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
}

/** Answer only once every island has hydrated: a choice made before would be lost. */
const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);

test('after one visit, the whole portal works with the network off', { annotation: { type: 'expect-404' } }, async ({ page, context }) => {
	await installed(page);
	await withoutNetwork(context, async () => {
		// Search, and the page it finds.
		await page.goto('/search/?q=validation+gates');
		const hit = page.locator('[data-search-results] a', { hasText: /Validation gates/i }).first();
		await expect(hit).toBeVisible();
		await hit.click();
		await expect(page).toHaveURL(/\/docs\/patterns\/validation-gates\/$/);
		await expect(page.locator('h1')).toHaveCount(1);
		// Styles come from the cache too.
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain('Times');

		// The full assessment, from the context step to the results and roadmap (as a household using
		// chat, the shortest: the questions come from the cached model file).
		await page.goto('/assessment/');
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await hydrated(page);
		const household: Context = { scale: 'household', audience: 'families', scopes: ['chat'] };
		await chooseContextOf(page, household);
		await page.getByRole('button', { name: 'Next' }).click();
		for (const d of model.dimensions.filter((x) => askedPractices(x, household).length > 0)) {
			await expect(page.getByRole('heading', { level: 2, name: d.name })).toBeFocused();
			for (const p of askedPractices(d, household)) await answerQuestion(page, model, p, household.audience, 0);
			await page.getByRole('button', { name: 'Next' }).click();
		}
		await page.getByRole('button', { name: 'See results' }).click();
		await expect(page).toHaveURL(/\/assessment\/results\/$/);
		await expect(page.getByRole('heading', { name: 'Overall level 1: Reactive' })).toBeVisible();
		await expect(page.locator('.roadmap__step').first()).toBeVisible();

		// The quick check.
		await page.goto('/assessment/quick/');
		await hydrated(page);
		for (const d of model.dimensions) {
			await page
				.getByRole('group', { name: new RegExp(d.quick.question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
				.getByRole('radio', { name: d.quick.options[1]!, exact: true })
				.check();
		}
		await expect(page.getByText('Estimated overall level 2: Organized')).toBeVisible();

		// The evidence check: the page, the model and the scan's worker script all come from the cache.
		await page.goto('/assessment/evidence/');
		await hydrated(page);
		await page.locator('[data-folder-input]').setInputFiles('tests/fixtures/evidence/well-run');
		await expect(page.getByRole('heading', { level: 2, name: 'What the files show' })).toBeVisible();
		await expect(page.getByText(/^well-run: \d+ files checked/)).toBeVisible();

		// A template page and its download, byte for byte (Chromium sends downloads past the worker:
		// src/components/library/offline-downloads.ts saves them through it).
		await page.goto('/templates/agents-md/');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download AGENTS.md' }).click()]);
		expect(readFileSync((await download.path())!).equals(readFileSync('src/templates/files/agents-md/AGENTS.md'))).toBe(true);
		// A starter kit from the templates index.
		await page.goto('/templates/');
		const kit = (await page.locator('[data-kit]').first().getAttribute('data-kit'))!;
		const [kitDownload] = await Promise.all([page.waitForEvent('download'), page.locator(`a[download="${kit}"]`).click()]);
		expect(kitDownload.suggestedFilename()).toBe(kit);
		expect(readFileSync((await kitDownload.path())!).equals(readFileSync(join('dist/templates/kits', kit)))).toBe(true);

		// The curriculum: a module and the agenda builder built from a learning path.
		await page.goto('/workshop/modules/validation-gates/');
		await expect(page.locator('h1')).toBeVisible();
		await page.goto('/workshop/agenda/?path=team');
		await hydrated(page);
		await expect(page.locator('.agenda-item').first()).toBeVisible();

		// An address typed without its trailing slash is the saved page, as the server's redirect would give.
		await page.goto('/docs/why');
		await expect(page).toHaveURL(/\/docs\/why\/$/);
		await expect(page.locator('h1')).not.toHaveText('Not saved for offline use');

		// An address the worker has not saved: the offline page, not the browser's network error.
		await page.goto('/docs/no-such-page/');
		await expect(page.locator('h1')).toHaveText('Not saved for offline use');
	});
	const online = await page.goto('/docs/why/');
	expect(online?.status()).toBe(200);
	// Online, an unknown address keeps the server's honest 404 page and status.
	const missing = await page.goto('/docs/no-such-page/');
	expect(missing?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
});

test('a new release is announced in every tab, Reload switches to it, and no old page is served after', async ({ page, context }) => {
	const path = '/docs/why/';
	await installed(page, path);
	// A second tab on the same release, as a workshop room has several open.
	const other = await context.newPage();
	await other.goto(path);
	await expect(page.locator('[data-update-notice]')).toBeHidden();
	await expect(page.locator('[data-release]')).toHaveCount(0);

	// Release 2: one page changed, then the service worker written again, as the build does.
	const file = join(release, 'docs/why/index.html');
	writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', '</h1><p data-release>Changed in release 2.</p>'));
	execFileSync('node', ['scripts/sw.mjs', release], { stdio: 'ignore' });

	// Coming back (a navigation checks for a new worker; sw.js is never cached by the server).
	await page.reload();
	const notice = page.locator('[data-update-notice]');
	await expect(notice).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('status')).toContainText('A new version of this site is available.');
	expect(await axe(page, '.update-notice')).toEqual([]);
	// Until the reader chooses, the open page stays wholly on the release it was loaded from.
	await expect(page.locator('[data-release]')).toHaveCount(0);

	const navigated = page.waitForEvent('load');
	await page.getByRole('button', { name: 'Reload' }).click();
	await navigated;
	await expect(notice).toBeHidden();
	await expect(page.locator('[data-release]')).toHaveText('Changed in release 2.');
	expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);

	// The other tab was told too; its Reload works although the new release is already active.
	await expect(other.locator('[data-update-notice]')).toBeVisible();
	await expect(other.locator('[data-release]')).toHaveCount(0);
	const otherNavigated = other.waitForEvent('load');
	await other.getByRole('button', { name: 'Reload' }).click();
	await otherNavigated;
	await expect(other.locator('[data-release]')).toHaveText('Changed in release 2.');
	await other.close();

	// The new release is what the cache holds now: offline, the changed page is the new one, and
	// only one precache is left.
	await withoutNetwork(context, async () => {
		await page.goto('/');
		await page.goto(path);
		await expect(page.locator('[data-release]')).toHaveText('Changed in release 2.');
		const names = await page.evaluate(() => caches.keys());
		expect(names.filter((name) => name.includes('precache'))).toHaveLength(1);
	});
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

test('pages left out of the precache (SW_PRECACHE_IGNORE) are kept offline once read', async ({ page, context }) => {
	// The same release, its worker written again without the glossary in the first download.
	execFileSync('node', ['scripts/sw.mjs', release], { stdio: 'ignore', env: { ...process.env, SW_PRECACHE_IGNORE: 'docs/glossary/**' } });
	await installed(page);
	const precached = await page.evaluate(async () => {
		const name = (await caches.keys()).find((n) => n.includes('precache'))!;
		return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
	});
	expect(precached).toContain('/docs/layers/index.html');
	expect(precached.some((path) => path.startsWith('/docs/glossary/'))).toBe(false);
	// Read online once, then it is there offline, with its styles.
	await page.goto('/docs/glossary/');
	await expect(page.locator('h1')).toHaveText('Glossary');
	await withoutNetwork(context, async () => {
		await page.goto('/docs/layers/');
		await page.goto('/docs/glossary/');
		await expect(page.locator('h1')).toHaveText('Glossary');
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain('Times');
	});
});
