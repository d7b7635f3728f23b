/**
 * Smoke test of the site built under a sub-path (BASE_PATH=/agentops/, dist-sub/), served by nginx
 * at /agentops/: every link, script, stylesheet, search index and island must stay under the base.
 * Runs in the 'subpath' project, whose baseURL ends in /agentops/ (so paths here are relative).
 */
import { builtModel } from './model';
import { test, expect, axe } from './fixtures';

const BASE = '/agentops/';
const model = builtModel();

test('home, styles and navigation stay under the base path', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		const { pathname } = new URL(r.url());
		if (!pathname.startsWith(BASE)) outside.push(pathname);
	});
	await page.goto('./');
	await expect(page.locator('h1')).toHaveCount(1);
	// The stylesheet loaded: the body is not the browser's default white with serif text.
	expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('"Times New Roman"');
	await page.getByRole('navigation', { name: /main/i }).getByRole('link').first().click();
	expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
	await page.goto('docs/patterns/observability/');
	await page.locator('main a[href^="/agentops/docs/"]').first().click();
	expect(new URL(page.url()).pathname.startsWith(`${BASE}docs/`)).toBe(true);
	await expect(page.locator('h1')).toHaveCount(1);
	expect(outside).toEqual([]);
	expect(await axe(page)).toEqual([]);
});

test('search finds a page and links to it under the base path', async ({ page }) => {
	await page.goto('search/');
	await page.getByRole('searchbox', { name: /Search the docs/ }).fill('validation gates');
	const hit = page.locator('[data-search-results] a', { hasText: /Validation gates/i }).first();
	await expect(hit).toBeVisible();
	await hit.click();
	await expect(page).toHaveURL(/\/agentops\/docs\/patterns\/validation-gates\/$/);
});

test('the quick check runs and leads to the full assessment under the base path', async ({ page }) => {
	await page.goto('assessment/quick/');
	// Answer only once the island has hydrated: a choice made before would be lost.
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	for (const d of model.dimensions) {
		await page
			.getByRole('group', { name: new RegExp(d.quick.question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
			.getByRole('radio', { name: d.quick.options[2]!, exact: true })
			.check();
	}
	await expect(page.getByText('Estimated overall level 3: Systematic')).toBeVisible();
	await page.getByRole('link', { name: 'Take the full assessment' }).click();
	await expect(page).toHaveURL(/\/agentops\/assessment\/$/);
});

test('the full assessment loads its questions from the published model under the base path', async ({ page }) => {
	await page.goto('assessment/');
	await page.getByRole('radio', { name: /^Household/ }).check();
	await page.getByRole('radio', { name: /^Family or household/ }).check();
	await page.getByRole('checkbox', { name: /^Chat assistants/ }).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('heading', { level: 2, name: model.dimensions[0]!.name })).toBeFocused();
});

test('unknown addresses under the base get the site 404 page', { annotation: { type: 'expect-404' } }, async ({ page }) => {
	const response = await page.goto('no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	// Its stylesheet and links resolve under the base too.
	expect(await page.locator('link[rel="stylesheet"]').first().getAttribute('href')).toMatch(/^\/agentops\//);
});

test('llms.txt is served under the base path and every link it lists answers there', async ({ request }) => {
	const res = await request.get('llms.txt');
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('text/plain; charset=utf-8');
	const paths = [...(await res.text()).matchAll(/^- \[[^\]]*\]\(([^)\s]+)\)/gm)].map((m) => new URL(m[1]!).pathname);
	expect(paths.length).toBeGreaterThan(50);
	expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);
	for (const path of new Set(paths)) expect((await request.get(path.slice(BASE.length))).status(), path).toBe(200);
});
