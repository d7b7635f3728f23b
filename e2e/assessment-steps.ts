/** Steps of the full assessment that several e2e files take the way a person does. */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { AUDIENCE_TEXT, DONT_KNOW, NOT_APPLICABLE, SCALE_TEXT, SCOPE_TEXT } from '../src/lib/assessment/messages';
import { wordingFor, type Answer, type Context, type Model, type Practice } from '../src/lib/assessment/model';
import type { Persona } from '../src/lib/assessment/personas';

export const ALL_SCOPES = ['Chat assistants', 'Tool-using agents', 'Multi-agent systems'];

/** The context step: a team, a software or platform team, and the given kinds of AI use. */
export async function chooseContext(page: Page, scopes: string[] = ALL_SCOPES) {
	await page.getByRole('radio', { name: /^Team/ }).check();
	await page.getByRole('radio', { name: /^Software or platform team/ }).check();
	for (const s of scopes) await page.getByRole('checkbox', { name: new RegExp(`^${s}`) }).check();
}

/** A persona from src/content/assessment/personas.yaml (the build has validated it). */
export function personas(): Persona[] {
	return (parse(readFileSync('src/content/assessment/personas.yaml', 'utf8')) as Persona[]).sort((a, b) => a.order - b.order);
}

/** The context step as the person fills it in: by the labels they read. */
export async function chooseContextOf(page: Page, context: Context) {
	await page.getByRole('radio', { name: SCALE_TEXT[context.scale], exact: true }).check();
	await page.getByRole('radio', { name: AUDIENCE_TEXT[context.audience], exact: true }).check();
	for (const s of context.scopes) await page.getByRole('checkbox', { name: SCOPE_TEXT[s], exact: true }).check();
}

/** Answer the question of one practice the way `answer` says, by the option's visible label. */
export async function answerQuestion(page: Page, model: Model, practice: Practice, audience: Context['audience'], answer: Answer) {
	const group = page.getByRole('group', { name: wordingFor(practice, audience).statement, exact: true });
	const label =
		answer === 'dont-know'
			? DONT_KNOW
			: answer === 'not-applicable'
				? NOT_APPLICABLE
				: model.meta.scales[practice.answerScale][answer]!.label;
	await group.getByRole('radio', { name: label, exact: true }).check();
}
