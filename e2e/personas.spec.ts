/**
 * Three personas take the full assessment as a person would, on the production build: the
 * context by its labels, every question by its visible option, Next through each step. Their
 * results page shows the levels a practitioner gives them (src/content/assessment/personas.yaml),
 * computed in the browser. A household never reads engineering words on the way.
 */
import { builtModel } from './model';
import { test, expect, axe } from './fixtures';
import { answerQuestion, chooseContextOf, personas } from './assessment-steps';
import { readFileSync } from 'node:fs';
import { askedPractices, findPractice, levelName, wordingFor } from '../src/lib/assessment/model';
import { resultFileSchema } from '../src/lib/assessment/result-import';
import { buildRoadmap, defaultTargets } from '../src/lib/assessment/roadmap';
import { scoreAssessment } from '../src/lib/assessment/scoring';
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
			await expect(
				table
					.getByRole('row', { name: new RegExp(`^${name}`) })
					.getByRole('cell')
					.first(),
			).toHaveText(`Level ${level} ${levelName(level)}`);
		}
		expect(await axe(page), 'axe on results').toEqual([]);
		if (persona.id !== 'ci-gated-platform-team') return;

		// Why not the next level: a dimension holding the overall lists its missing practices in the person's words.
		const result = scoreAssessment(model, persona.context, answers);
		const held = result.dimensions.find((d) => d.id === result.overall.limitedBy[0])!;
		const detail = page.locator(`#dim-${held.id}`);
		await expect(detail.getByRole('heading', { name: `Why not level ${held.level + 1}` })).toBeVisible();
		for (const id of held.blockers.slice(0, 5))
			await expect(
				detail.locator('li', { hasText: wordingFor(findPractice(model, id)!, persona.context.audience).statement }).first(),
			).toBeVisible();

		// The roadmap follows the targets and lists templates and workshop modules for its steps.
		await expect(page.getByRole('heading', { name: /^Now: the next 30 days/ })).toBeVisible();
		const stepsBefore = await page.locator('.roadmap__step').count();
		expect(stepsBefore).toBe(buildRoadmap(model, result, defaultTargets(result), persona.context).length);
		await page
			.getByRole('combobox', { name: `Target for ${model.dimensions.find((d) => d.id === held.id)!.name}` })
			.selectOption(String(Math.min(held.ceiling, held.level + 2)));
		await expect.poll(() => page.locator('.roadmap__step').count()).toBeGreaterThan(stepsBefore);
		expect(await page.locator('.roadmap__step').filter({ hasText: '(template)' }).count()).toBeGreaterThan(0);
		expect(await page.locator('.roadmap__step').filter({ hasText: '(workshop module)' }).count()).toBeGreaterThan(0);

		// Download JSON: a valid, versioned result file with the same levels.
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
		const file = resultFileSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
		expect(file.modelVersion).toBe(model.meta.version);
		expect(Object.fromEntries(file.result.dimensions.map((d) => [d.id, d.level]))).toEqual(
			Object.fromEntries(result.dimensions.map((d) => [d.id, d.level])),
		);
		expect(file.roadmap.length).toBe(await page.locator('.roadmap__step').count());
	});
}

test('at 320 px the results need no sideways scrolling: every target is reachable, the table stands in for the radar', async ({ page }) => {
	const persona = chosen.find((p) => p.id === 'ci-gated-platform-team')!;
	const state = {
		format: 1,
		modelVersion: model.meta.version,
		context: persona.context,
		answers: personaAnswers(model, persona),
		targets: {},
		step: 0,
		updatedAt: '2026-12-02T06:00:00.000Z',
	};
	await page.evaluate((s) => localStorage.setItem('agentops:assessment', s), JSON.stringify(state));
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/assessment/results/');
	await expect(page.getByRole('heading', { name: /^Overall level/ })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	await expect(page.getByRole('img', { name: 'Levels by dimension' })).toBeHidden();
	for (const select of await page.getByRole('combobox', { name: /^Target for / }).all()) {
		const box = (await select.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(320);
	}
	expect(await axe(page)).toEqual([]);
});
