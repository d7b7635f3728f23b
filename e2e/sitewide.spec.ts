/**
 * Pages in light and dark themes: 0 axe violations, no requests to other hosts, no console errors
 * (the guard fixture), a title, a description and exactly one h1. `npm test` checks one page of
 * every page template (pages whose paths differ only in the last segment share a template);
 * `npm run test:full` sets AXE_SWEEP=all and checks every page of the sitemap.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { NOINDEX } from '../astro.config.mjs';
import { test, expect, axe } from './fixtures';

function sitemapPaths(): string[] {
	const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
	const urls = files.flatMap((f) =>
		[...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
	);
	if (urls.length === 0) throw new Error('the sitemap lists no pages: run the build first');
	return urls;
}

/** The page templates built from one file for many pages (src/pages/…/[param].astro), as path prefixes. */
function dynamicRoutes(dir = 'src/pages', prefix = '/'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory()) return entry.name.startsWith('[') ? [] : dynamicRoutes(`${dir}/${entry.name}`, `${prefix}${entry.name}/`);
		return /^\[[^\]]+\]\.astro$/.test(entry.name) ? [prefix] : [];
	});
}
const DYNAMIC = dynamicRoutes();

/** A page's template: the dynamic route that builds it (one segment below its prefix), or the page itself. */
const templateOf = (path: string) =>
	DYNAMIC.find((prefix) => path.startsWith(prefix) && /^[^/]+\/$/.test(path.slice(prefix.length))) ?? path;

/** The first page of each template (the sitemap lists pages in build order). */
export function onePerTemplate(all: string[]): string[] {
	const seen = new Set<string>();
	return all.filter((path) => {
		const key = templateOf(path);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

const everyPage = [...sitemapPaths(), ...NOINDEX];
const paths = process.env.AXE_SWEEP === 'all' ? everyPage : onePerTemplate(everyPage);

test('the sitemap lists every docs page and leaves out noindex pages', () => {
	expect(sitemapPaths().length).toBeGreaterThan(30);
	for (const path of NOINDEX) expect(sitemapPaths(), path).not.toContain(path);
	expect(everyPage).toContain('/docs/patterns/observability/');
	// One page per template still reaches every kind of page.
	const sample = onePerTemplate(everyPage);
	for (const kind of [
		'/',
		'/docs/patterns/',
		'/docs/maturity/',
		'/templates/',
		'/case-studies/',
		'/workshop/modules/',
		'/assessment/results/',
	]) {
		expect(
			sample.some((p) => p.startsWith(kind)),
			kind,
		).toBe(true);
	}
});

for (const path of paths) {
	test(`${path} passes axe in light and dark, with metadata`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page).toHaveTitle(/AgentOps/);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description?.length ?? 0).toBeGreaterThan(40);
		await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
		expect(await axe(page), 'axe violations (light)').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axe(page, undefined, { contrastOnly: true }), 'axe violations (dark)').toEqual([]);
	});
}

test('the 404 page is served for unknown addresses and passes axe', { annotation: { type: 'expect-404' } }, async ({ page }) => {
	const response = await page.goto('/no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	expect(await axe(page)).toEqual([]);
});
