/**
 * The self-assessment end to end, on the production build: the review step, the context step,
 * autosave and resume, corrupt saved state, keyboard-only completion, the quick check and empty
 * results. Full run-throughs with known answers are the personas (e2e/personas.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { builtModel } from './model';
import { test, expect, axe } from './fixtures';
import { chooseContext } from './assessment-steps';
import { askedPractices, wordingFor, type Context } from '../src/lib/assessment/model';

/** What chooseContext() picks. */
const TEAM: Context = { scale: 'team', audience: 'platform-teams', scopes: ['chat', 'tools', 'multi-agent'] };
const statement = (p: Parameters<typeof wordingFor>[0]) => wordingFor(p, TEAM.audience).statement;

const model = builtModel();
const LEVELS = ['Reactive', 'Organized', 'Systematic', 'Intelligent', 'Autonomous'];
const KEY = 'agentops:assessment';

test.beforeEach(async ({ page }) => {
	await page.goto('/assessment/');
	await page.evaluate(() => localStorage.clear());
	await page.reload();
});

test('the review step lists unanswered questions and takes you back to them', async ({ page }) => {
	await chooseContext(page, ['Chat assistants']);
	await page.getByRole('button', { name: 'Next' }).click();
	const steps = Number((await page.getByText(/^Step \d+ of \d+$/).innerText()).split(' of ')[1]);
	for (let i = 2; i < steps; i++) await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Review before results' })).toBeVisible();
	await expect(page.getByText(/questions are still unanswered/)).toBeVisible();
	// A dimension with practices about agents only: chat-only scope does not ask them.
	const first = model.dimensions.find((d) => d.practices.some((p) => !p.scopes.includes('chat')))!;
	await page.getByRole('button', { name: `Answer ${first.name.toLowerCase()} questions` }).click();
	await expect(page.getByRole('heading', { level: 2, name: first.name })).toBeFocused();
	const agentOnly = first.practices.filter((p) => !p.scopes.includes('chat'));
	expect(agentOnly.length).toBeGreaterThan(0);
	for (const p of agentOnly) await expect(page.getByRole('group', { name: statement(p), exact: true })).toHaveCount(0);
});

test('the context step will not go on until it is complete', async ({ page }) => {
	await page.getByRole('radio', { name: /^Team/ }).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('alert')).toContainText('Choose a scale');
	await expect(page.getByText(/^Step 1 of/)).toBeVisible();
});

test('answers autosave, and a reload offers to resume where you left off', async ({ page }) => {
	await chooseContext(page);
	await page.getByRole('button', { name: 'Next' }).click();
	const d = model.dimensions[0]!;
	const p = askedPractices(d, TEAM)[0]!;
	const label = model.meta.scales[p.answerScale][2]!.label;
	await page
		.getByRole('group', { name: statement(p), exact: true })
		.getByRole('radio', { name: label, exact: true })
		.check();
	const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
	expect(saved).toMatchObject({ format: 1, modelVersion: model.meta.version, step: 1, answers: { [p.id]: 2 } });

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
	await expect(page.getByText('1 answer, last saved')).toBeVisible();
	// A saved time that cannot be read is said so, not printed as "Invalid Date".
	await page.evaluate(
		(k) => localStorage.setItem(k, JSON.stringify({ ...JSON.parse(localStorage.getItem(k)!), updatedAt: 'last Tuesday' })),
		KEY,
	);
	await page.reload();
	await expect(page.getByText('1 answer; when it was last saved could not be read.')).toBeVisible();
	await page.getByRole('button', { name: 'Resume where I left off' }).click();
	await expect(page.getByRole('heading', { level: 2, name: d.name })).toBeVisible();
	await expect(page.getByRole('group', { name: statement(p), exact: true }).getByRole('radio', { name: label, exact: true })).toBeChecked();

	// Start over sets the old answers aside in the backups list.
	await page.reload();
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(page.getByText(/^Step 1 of/)).toBeVisible();
	const [backup] = JSON.parse((await page.evaluate(() => localStorage.getItem('agentops:backups')))!).backups;
	expect(JSON.parse(backup.raw).answers[p.id]).toBe(2);
});

for (const [name, raw, message] of [
	['corrupt JSON', '{"format":1,"answers":', 'the data in this browser is damaged'],
	[
		'an unknown model version',
		JSON.stringify({ format: 1, modelVersion: 999, context: null, answers: {}, targets: {}, step: 0, updatedAt: '2026-01-01T00:00:00Z' }),
		'different version of the assessment questions',
	],
	[
		'unknown questions',
		JSON.stringify({
			format: 1,
			modelVersion: model.meta.version,
			context: null,
			answers: { 'no-such-practice': 1 },
			targets: {},
			step: 0,
			updatedAt: '2026-01-01T00:00:00Z',
		}),
		'refers to questions or answers',
	],
] as const) {
	test(`saved state with ${name} gets a clear message and is kept`, async ({ page }) => {
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw] as const);
		for (const path of ['/assessment/', '/assessment/results/']) {
			await page.goto(path);
			const alert = page.getByRole('alert');
			await expect(alert).toContainText('We could not open your saved assessment');
			await expect(alert).toContainText(message);
			await expect(alert).toContainText('Nothing has been deleted');
			expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(raw);
		}
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download the saved data' }).click(),
		]);
		expect(readFileSync((await download.path())!, 'utf8')).toBe(raw);
		await page.getByRole('button', { name: 'Start a new assessment' }).click();
		const backedUp = async () =>
			JSON.parse((await page.evaluate(() => localStorage.getItem('agentops:backups'))) ?? '{"backups":[]}').backups.map(
				(b: { raw: string }) => b.raw,
			);
		await expect.poll(backedUp).toEqual([raw]);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});
}

test('Next right after the last context choice goes on, even before the page has re-rendered', async ({ page }) => {
	await chooseContext(page, []);
	// The choice and Next in one task: the island re-renders on a timer, which a fast key press on a
	// slow phone can beat. Next must act on what was chosen, not on what was last drawn.
	await page.evaluate(() => {
		document.querySelector<HTMLInputElement>('input[name="ctx-scope"][value="chat"]')!.click();
		[...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Next')!.click();
	});
	await expect(page.getByRole('heading', { level: 2, name: model.dimensions[0]!.name })).toBeFocused();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('keyboard only: the assessment can be completed without a mouse', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.reload();
	/** Tab until focus lands on the element matching `predicate` (in the page's context). */
	const tabTo = async (predicate: string, max = 80) => {
		for (let i = 0; i < max; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(predicate)) return;
		}
		throw new Error(`keyboard focus never reached ${predicate}`);
	};
	const onRadioOf = (name: string) => `document.activeElement?.name === ${JSON.stringify(name)}`;
	const onButton = (text: string) =>
		`document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === ${JSON.stringify(text)}`;

	// Context: first scale option, first audience option, the chat scope.
	await tabTo(onRadioOf('ctx-scale'));
	await page.keyboard.press('Space');
	await tabTo(onRadioOf('ctx-audience'));
	await page.keyboard.press('Space');
	await tabTo(onRadioOf('ctx-scope'));
	await page.keyboard.press('Space');
	await tabTo(onButton('Next'));
	await page.keyboard.press('Enter');

	// Every question: select the first option, then arrow to the last one on its scale ("fully in place").
	const chosen: Context = { scale: 'personal', audience: 'creators', scopes: ['chat'] };
	for (const d of model.dimensions.filter((x) => askedPractices(x, chosen).length > 0)) {
		await expect(page.getByRole('heading', { level: 2, name: d.name })).toBeFocused();
		for (const p of askedPractices(d, chosen)) {
			await tabTo(onRadioOf(`q-${p.id}`));
			await page.keyboard.press('Space');
			for (let i = 1; i < model.meta.scales[p.answerScale].length; i++) await page.keyboard.press('ArrowRight');
		}
		await tabTo(onButton('Next'));
		await page.keyboard.press('Enter');
	}
	await expect(page.getByText('Every question is answered')).toBeVisible();
	await tabTo(onButton('See results'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/assessment\/results\/$/);
	// Chat-only, everything in place: every dimension reaches its ceiling for chat use.
	await expect(page.getByRole('heading', { name: /^Overall level \d: / })).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('quick check: one question per dimension gives an estimate and leads to the full assessment', async ({ page }) => {
	await page.goto('/assessment/quick/');
	const questions = page.locator('fieldset');
	await expect(questions).toHaveCount(model.dimensions.length + 1); // who is answering, then one per dimension
	// A household reads its own wording.
	const tracked = model.dimensions.find((d) => d.quick.tracks?.families)!;
	await page.getByRole('radio', { name: /^Family or household/ }).check();
	await expect(
		page.getByRole('group', { name: new RegExp(tracked.quick.tracks!.families!.question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }),
	).toBeVisible();
	await page.getByRole('radio', { name: /^Software or platform team/ }).check();
	const picks = model.dimensions.map((_, i) => [4, 3, 5, 2, 4, 3, 4, 5][i % 8]!);
	for (const [i, d] of model.dimensions.entries()) {
		await page
			.getByRole('group', { name: new RegExp(d.quick.question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
			.getByRole('radio', { name: d.quick.options[picks[i]! - 1]!, exact: true })
			.check();
	}
	const overall = Math.min(...picks);
	await expect(page.getByText(`Estimated overall level ${overall}: ${LEVELS[overall - 1]}`)).toBeVisible();
	const table = page.getByRole('table', { name: 'Estimated level by dimension' });
	await expect(table.getByRole('row', { name: new RegExp(`^${model.dimensions[2]!.name}`) })).toContainText(
		`Level ${picks[2]} ${LEVELS[picks[2]! - 1]}`,
	);
	expect(await axe(page)).toEqual([]);
	await page.getByRole('link', { name: 'Take the full assessment' }).click();
	await expect(page).toHaveURL(/\/assessment\/$/);
});

test('results without any answers point to the assessment', async ({ page }) => {
	await page.goto('/assessment/results/');
	await expect(page.getByText('There are no answers in this browser yet')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
});

test('the browser Back and Forward buttons move between steps, and a reload keeps the step', async ({ page }) => {
	await chooseContext(page);
	await page.getByRole('button', { name: 'Next' }).click();
	const [first, second] = model.dimensions;
	await expect(page.getByRole('heading', { level: 2, name: first!.name })).toBeFocused();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('heading', { level: 2, name: second!.name })).toBeFocused();
	await page.goBack();
	await expect(page.getByRole('heading', { level: 2, name: first!.name })).toBeVisible();
	await expect(page).toHaveURL(/\/assessment\/#step-2$/);
	await page.goBack();
	await expect(page.getByRole('heading', { level: 2, name: 'About you' })).toBeVisible();
	await page.goForward();
	await expect(page.getByRole('heading', { level: 2, name: first!.name })).toBeVisible();
	await page.reload();
	await page.getByRole('button', { name: 'Resume where I left off' }).click();
	await expect(page.getByRole('heading', { level: 2, name: first!.name })).toBeVisible();
});

test('quick check answers survive a reload, and starting again clears them', async ({ page }) => {
	await page.goto('/assessment/quick/');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await page.getByRole('radio', { name: /^Family or household/ }).check();
	const d = model.dimensions[0]!;
	const question = d.quick.tracks?.families ?? d.quick;
	await page
		.getByRole('group', { name: new RegExp(question.question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
		.getByRole('radio', { name: question.options[2]!, exact: true })
		.check();
	await page.reload();
	await expect(page.getByText('Your earlier quick check answers are back')).toBeVisible();
	await expect(page.getByRole('radio', { name: /^Family or household/ })).toBeChecked();
	await expect(page.getByRole('radio', { name: question.options[2]!, exact: true })).toBeChecked();
	const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('agentops:quick')))!);
	expect(saved).toMatchObject({ format: 1, modelVersion: model.meta.version, audience: 'families', answers: { [d.id]: 3 } });
	await page.getByRole('button', { name: 'Start the quick check again' }).click();
	await expect(page.getByRole('radio', { name: question.options[2]!, exact: true })).not.toBeChecked();
});

test('the quick check carries into the full assessment as a starting point the person confirms', async ({ page }) => {
	const d = model.dimensions[0]!;
	await page.evaluate(([k, v]) => localStorage.setItem(k, v), [
		'agentops:quick',
		JSON.stringify({
			format: 1,
			modelVersion: model.meta.version,
			audience: 'platform-teams',
			answers: { [d.id]: 2 },
			updatedAt: '2026-12-02T09:00:00.000Z',
		}),
	] as const);
	await page.reload();
	await chooseContext(page);
	await expect(page.getByRole('checkbox', { name: /Start from my quick check \(1 dimension\)/ })).toBeChecked();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('Filled in from your quick check, where you chose level 2')).toBeVisible();
	const proposed = askedPractices(d, TEAM).filter((p) => p.level <= 2);
	for (const p of proposed) {
		await expect(
			page
				.getByRole('group', { name: statement(p), exact: true })
				.getByRole('radio', { name: model.meta.scales[p.answerScale].at(-1)!.label, exact: true }),
		).toBeChecked();
	}
	const above = askedPractices(d, TEAM).find((p) => p.level > 2)!;
	await expect(page.getByRole('group', { name: statement(above), exact: true }).getByRole('radio', { checked: true })).toHaveCount(0);
});
