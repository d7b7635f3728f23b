/**
 * Three personas take the full assessment as a person would, on the production build: the
 * context by its labels, every question by its visible option, Next through each step. Their
 * results page shows the levels a practitioner gives them (src/content/assessment/personas.yaml),
 * computed in the browser. A household never reads engineering words on the way.
 */
import { builtModel } from './model';
import { test, expect, axe } from './fixtures';
import { answerQuestion, chooseContextOf, personas } from './assessment-steps';
import { askedPractices, levelName } from '../src/lib/assessment/model';
import { ENGINEERING_WORDS, questionCount } from '../src/lib/assessment/model-rules';
import { personaAnswers } from '../src/lib/assessment/personas';

const model = builtModel();
const chosen = personas().filter((p) => ['ci-gated-platform-team', 'household-chat', 'creator-pipeline'].includes(p.id));

test.beforeEach(async ({ page }) => {
	await page.goto('/assessment/');
	await page.evaluate(() => localStorage.clear());
	await page.reload();
});

for (const persona of chosen) {
	test(`${persona.name}: answers every question and reads the levels a practitioner would give`, async ({ page }) => {
		test.slow(); // up to 150 questions, answered one click at a time
		const answers = personaAnswers(model, persona);
		const steps = model.dimensions.filter((d) => askedPractices(d, persona.context).length > 0);
		await chooseContextOf(page, persona.context);
		await page.getByRole('button', { name: 'Next' }).click();
		for (const [i, d] of steps.entries()) {
			await expect(page.getByRole('heading', { level: 2, name: d.name })).toBeFocused();
			await expect(page.getByText(`Step ${i + 2} of ${steps.length + 2}`)).toBeVisible();
			if (persona.context.audience === 'families') expect(await page.locator('.wizard').innerText()).not.toMatch(ENGINEERING_WORDS);
			if (i === 0) expect(await axe(page), 'axe on a question step').toEqual([]);
			for (const p of askedPractices(d, persona.context)) await answerQuestion(page, model, p, persona.context.audience, answers[p.id]!);
			await page.getByRole('button', { name: 'Next' }).click();
		}
		const total = questionCount(model, persona.context);
		await expect(page.getByText(`${total} of ${total} questions answered`)).toBeVisible();
		await page.getByRole('button', { name: 'See results' }).click();

		await expect(page).toHaveURL(/\/assessment\/results\/$/);
		const overall = persona.expected.overall;
		await expect(page.getByRole('heading', { name: `Overall level ${overall}: ${levelName(overall)}` })).toBeVisible();
		const table = page.getByRole('table', { name: /by dimension/ });
		for (const [id, level] of Object.entries(persona.expected.dimensions)) {
			const name = model.dimensions.find((d) => d.id === id)!.name;
			await expect(table.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell').first()).toHaveText(`Level ${level} ${levelName(level)}`);
		}
		expect(await axe(page), 'axe on results').toEqual([]);
	});
}
