/**
 * Shared e2e fixture: every test fails if the page requests another host or logs a console
 * error. Import `test` and `expect` from here instead of @playwright/test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type Fixtures = { guard: { external: string[]; consoleErrors: string[] } };

export const test = base.extend<Fixtures>({
	guard: [
		async ({ page, baseURL }, use, testInfo) => {
			// A test that visits a missing page on purpose marks itself with the 'expect-404' annotation.
			const allow404 = testInfo.annotations.some((a) => a.type === 'expect-404');
			const origin = new URL(baseURL!).origin;
			const external: string[] = [];
			const consoleErrors: string[] = [];
			await page.route('**/*', (route) => {
				const url = route.request().url();
				if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
				external.push(url);
				return route.abort();
			});
			page.on('console', (msg) => {
				if (msg.type() !== 'error') return;
				if (allow404 && msg.text().includes('status of 404')) return;
				consoleErrors.push(msg.text());
			});
			page.on('pageerror', (err) => consoleErrors.push(String(err)));
			// A CSP violation caught by a library's try/catch never reaches the console on its own.
			await page.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
			);
			await use({ external, consoleErrors });
			expect(external, 'requests to other hosts').toEqual([]);
			expect(consoleErrors, 'console errors').toEqual([]);
		},
		{ auto: true },
	],
});
export { expect };

/**
 * Axe with WCAG 2.2 A/AA rules (and best practices); returns the violations in a readable form.
 * `contrastOnly` re-checks just colour contrast, e.g. after switching to the dark theme.
 */
export async function axe(page: Page, include?: string, { contrastOnly = false } = {}) {
	let builder = new AxeBuilder({ page });
	builder = contrastOnly
		? builder.withRules(['color-contrast'])
		: builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`,
	);
}
