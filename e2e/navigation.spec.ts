import { test, expect } from './fixtures';

test('home sends visitors to the docs, and the docs read in order with previous/next', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Start with why' }).click();
	await expect(page).toHaveURL(/\/docs\/why\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const sidebar = page.getByRole('navigation', { name: 'Docs' });
	await expect(sidebar.getByRole('link', { name: /Why/ })).toHaveAttribute('aria-current', 'page');
	const next = page.getByRole('navigation', { name: 'Previous and next page' }).locator('a[rel="next"]');
	const nextTitle = (await next.innerText()).replace(/^Next\s*/, '').trim();
	await next.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
});

test('a pattern page has every section and its table of contents links to them', async ({ page }) => {
	await page.goto('/docs/patterns/validation-gates/');
	for (const name of [
		'In infrastructure',
		'For AI and agents',
		'At each level',
		'Start this week',
		'Common pitfalls',
		'How to measure it',
	]) {
		await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
	}
	await expect(
		page.locator('table', { has: page.locator('caption', { hasText: 'at each maturity level' }) }).locator('tbody tr'),
	).toHaveCount(5);
	await expect(page.locator('#start-this-week + ol > li')).toHaveCount(3);
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await toc.getByRole('link', { name: 'Common pitfalls' }).click();
	await expect(page).toHaveURL(/#pitfalls$/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/docs/why/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('pages are readable at 320 px without horizontal scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 720 });
	for (const path of ['/', '/docs/patterns/observability/', '/docs/stacks/enterprises/', '/search/?q=gateway']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
	}
});

type Box = { x: number; y: number; width: number; height: number };

test('a docs page shows its parts in source order, and the contents sit beside the article on wide screens', async ({ page }) => {
	const parts = ['nav[aria-label="Docs"]', 'nav[aria-label="On this page"]', 'main article'];
	const boxes = async () =>
		Promise.all(parts.map(async (selector) => (await page.locator(selector).boundingBox())!)) as Promise<[Box, Box, Box]>;
	// Narrow: one column, top to bottom in the order a screen reader and the Tab key meet them
	// (and in the order the page arrives, so nothing already shown is pushed down).
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto('/docs/patterns/observability/');
	const sourceOrder = await page.evaluate((selectors) => {
		const nodes = selectors.map((selector) => document.querySelector(selector)!);
		return [...nodes]
			.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
			.map((node) => nodes.indexOf(node));
	}, parts);
	expect(sourceOrder, 'source order').toEqual([0, 1, 2]);
	const narrow = await boxes();
	narrow
		.slice(1)
		.forEach((box, i) => expect(box.y, `${parts[i + 1]} below ${parts[i]}`).toBeGreaterThanOrEqual(narrow[i]!.y + narrow[i]!.height));
	// Wide: sidebar, article, contents from left to right, all starting at the top.
	await page.setViewportSize({ width: 1400, height: 900 });
	const [sidebar, toc, article] = await boxes();
	expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(article.x);
	expect(article.x + article.width).toBeLessThanOrEqual(toc.x);
	expect(Math.abs(toc.y - article.y)).toBeLessThan(40);
});
