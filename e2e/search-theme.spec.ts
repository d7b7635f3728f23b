import { test, expect } from './fixtures';

test('search: type a framework term in the header box and reach its page', async ({ page }) => {
	await page.goto('/docs/why/');
	const box = page.getByRole('searchbox', { name: 'Search the site' });
	await box.fill('validation gates');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=validation\+gates/);
	const results = page.locator('[data-search-results] a');
	await expect(results.first()).toBeVisible();
	await expect(page.getByRole('status')).toContainText('for “validation gates”');
	await page
		.locator('[data-search-results] a', { hasText: /Validation gates/i })
		.first()
		.click();
	await expect(page).toHaveURL(/\/docs\/patterns\/validation-gates\//);
});

test('search updates as you type and says when nothing matches', async ({ page }) => {
	await page.goto('/search/');
	const input = page.getByRole('searchbox', { name: /Search the docs/ });
	await input.fill('langfuse');
	await expect(page.locator('[data-search-results] li').first()).toBeVisible();
	await expect(page).toHaveURL(/q=langfuse/);
	await input.fill('qwxzqwxz');
	await expect(page.getByRole('status')).toHaveText('No results for “qwxzqwxz”.');
});

test('theme toggle switches theme and the choice survives a reload', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/docs/why/');
	const toggle = page.getByRole('button', { name: 'Switch to dark theme' });
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(13, 27, 31)');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('button', { name: 'Switch to light theme' }).click();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the system dark preference applies when nothing was chosen', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(13, 27, 31)');
});
