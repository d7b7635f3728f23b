/** Steps of the full assessment that several e2e files take the way a person does. */
import type { Page } from '@playwright/test';

export const ALL_SCOPES = ['Chat assistants', 'Tool-using agents', 'Multi-agent systems'];

/** The context step: a team, a software or platform team, and the given kinds of AI use. */
export async function chooseContext(page: Page, scopes: string[] = ALL_SCOPES) {
	await page.getByRole('radio', { name: /^Team/ }).check();
	await page.getByRole('radio', { name: /^Software or platform team/ }).check();
	for (const s of scopes) await page.getByRole('checkbox', { name: new RegExp(`^${s}`) }).check();
}
