/**
 * The workshop area: curriculum page, module learner/facilitator views and handouts, and the
 * agenda builder (build from a path, reorder by keyboard, results, exports, saved state).
 * The guard fixture fails any test that requests another host or logs a console error.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axe } from './fixtures';
import { builtModel } from './model';
import { buildResultFile } from '../src/lib/assessment/result-file';
import { INPUT_PROBLEM_TEXT } from '../src/lib/assessment/messages';
import { AGENDA_LIMIT_TEXT, AGENDA_TEXT } from '../src/lib/workshop/messages';
import { MAX_ITEMS } from '../src/lib/workshop/limits';

async function axeBothThemes(page: Page) {
	expect(await axe(page), 'axe (light)').toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axe(page), 'axe (dark)').toEqual([]);
	await page.emulateMedia({ colorScheme: 'light' });
}

/** The session titles in the builder, as a locator that retries until the island has rendered them. */
const sessions = (page: Page) => page.locator('.agenda-item strong');

/** Open the builder and wait for the island to hydrate, so clicks reach its handlers. */
async function openBuilder(page: Page, url = '/workshop/agenda/') {
	await page.goto(url);
	await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

test.describe('curriculum page', () => {
	test('lists paths for every scale, the modules and the curriculum map', async ({ page }) => {
		await page.goto('/workshop/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop curriculum');
		for (const scale of ['Personal', 'Team', 'Organization', 'Institutional']) {
			await expect(page.locator('#paths ~ ul .badge', { hasText: scale })).toHaveCount(1);
		}
		expect(await page.locator('#modules ~ ol > li').count()).toBeGreaterThanOrEqual(8);
		const map = page.getByRole('table', { name: 'Modules by dimension and the level they help reach' });
		await expect(map.locator('tbody tr')).toHaveCount(builtModel().dimensions.length); // one row per assessment dimension
		// Every cell of the map names at least one module.
		for (const cell of await map.locator('tbody td').all()) await expect(cell.getByRole('link').first()).toBeVisible();
		await expect(page.getByRole('link', { name: 'Workshop' })).toHaveAttribute('aria-current', 'page');
		await axeBothThemes(page);
	});
});

test.describe('module page', () => {
	const url = '/workshop/modules/validation-gates/';

	test('without JavaScript: the learner view, and no view switch that could not work', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Learner view' })).toBeHidden();
		await expect(page.locator('.facilitator').first()).toBeHidden();
		await context.close();
	});

	test('opens in the learner view: notes hidden, solutions folded until opened', async ({ page }) => {
		await page.goto(url);
		await expect(page.getByRole('button', { name: 'Learner view' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.facilitator').first()).toBeHidden();
		const solution = page.locator('details.solution').first();
		await expect(solution).not.toHaveAttribute('open');
		await expect(solution.getByText('refuse the commit', { exact: false })).toBeHidden();
		await solution.locator('summary').click();
		await expect(solution.getByText('--no-verify').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Questions' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
		await expect(page.getByRole('table', { name: /Agenda for Run a validation gate/ })).toBeVisible();
		await axeBothThemes(page);
	});

	test('the facilitator view shows notes and opens solutions, and is remembered', async ({ page }) => {
		await page.goto(url);
		await page.getByRole('button', { name: 'Facilitator view' }).click();
		await expect(page.getByRole('button', { name: 'Facilitator view' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.facilitator').first()).toBeVisible();
		for (const d of await page.locator('details.solution').all()) await expect(d).toHaveAttribute('open', '');
		await expect(page.getByRole('button', { name: 'Print facilitator copy' })).toBeVisible();
		await axeBothThemes(page);

		await page.goto('/workshop/modules/agents-md/');
		await expect(page.getByRole('button', { name: 'Facilitator view' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.facilitator').first()).toBeVisible();

		await page.getByRole('button', { name: 'Learner view' }).click();
		await page.reload();
		await expect(page.locator('.facilitator').first()).toBeHidden();
	});

	test('an unexpected stored view falls back to the learner view', async ({ page }) => {
		await page.goto(url);
		await page.evaluate(() => localStorage.setItem('agentops:workshop-view', '{"view":"facilitator"}'));
		await page.reload();
		await expect(page.getByRole('button', { name: 'Learner view' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.facilitator').first()).toBeHidden();
	});

	test('keeps facilitator notes out of the search index', async ({ page }) => {
		await page.goto(url);
		for (const note of await page.locator('.facilitator').all()) await expect(note).toHaveAttribute('data-pagefind-ignore', '');
		await expect(page.locator('main[data-pagefind-body]')).toHaveCount(1);
	});

	test('prints a learner handout without solutions, and a facilitator copy with them', async ({ page }) => {
		await page.goto(url);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('details.solution').first()).toBeHidden();
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Exercise: A gate that says no' })).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('button', { name: 'Facilitator view' }).click();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('details.solution').first()).toBeVisible();
		await expect(page.locator('.facilitator').first()).toBeVisible();
	});

	test('the assessment module points at the quick check and the full assessment', async ({ page }) => {
		await page.goto('/workshop/modules/where-you-stand/');
		await expect(page.locator('.module__body a[href="/assessment/quick/"]').first()).toBeVisible();
		await expect(page.locator('.module__body a[href="/assessment/"]').first()).toBeVisible();
	});
});

test.describe('agenda builder', () => {
	test('builds from a path, reorders by keyboard and exports Markdown and .ics', async ({ page }) => {
		await openBuilder(page);
		await page.getByLabel('A learning path').selectOption({ label: 'Team half day (half a day)' });
		await page.getByRole('button', { name: 'Use this path' }).click();
		await expect(sessions(page)).toHaveText([
			'Where you stand, together',
			'Run a validation gate',
			'Write an AGENTS.md for a real repository',
			'AI as a team practice',
		]);
		await page.getByLabel('Date of the first day').fill('2026-06-01');
		await page.getByLabel('Start time').fill('08:30');
		const schedule = page.getByRole('table').first();
		await expect(schedule.getByRole('row').nth(1)).toContainText('08:30–09:20');
		await expect(page.getByTestId('total')).toContainText('Total: 3 h 45 min');

		// Keyboard only: focus a Move button, press Enter; focus stays with the moved item.
		await page.getByRole('button', { name: 'Move down: Where you stand, together' }).focus();
		await page.keyboard.press('Enter');
		await expect(sessions(page).nth(0)).toHaveText('Run a validation gate');
		await expect(sessions(page).nth(1)).toHaveText('Where you stand, together');
		await expect(page.getByRole('button', { name: 'Move down: Where you stand, together' })).toBeFocused();
		await expect(page.getByRole('status')).toHaveText('Moved “Where you stand, together” to position 2 of 4.');
		// Alt+Up on the row moves it back.
		await page.keyboard.press('Alt+ArrowUp');
		await expect(sessions(page).nth(0)).toHaveText('Where you stand, together');
		await expect(schedule.getByRole('row').nth(1)).toContainText('Where you stand, together');

		const mdDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download Markdown' }).click();
		const md = readFileSync((await (await mdDownload).path())!, 'utf8');
		expect(md).toMatch(/^# Team half day\n/);
		expect(md).toContain('Date: 2026-06-01');
		expect(md).toMatch(
			/\| 08:30–09:20 \| \[Where you stand, together\]\(http:\/\/127\.0\.0\.1:\d+\/workshop\/modules\/where-you-stand\/\) \| 50 min \|/,
		);
		expect(md).toContain('Total: 3 h 45 min');

		const icsDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
		const download = await icsDownload;
		expect(download.suggestedFilename()).toBe('team-half-day-2026-06-01.ics');
		const ics = readFileSync((await download.path())!, 'utf8');
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
		for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		const unfolded = ics.replace(/\r\n /g, '');
		expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(4);
		expect(unfolded).toContain('DTSTART:20260601T083000');
		expect(unfolded).toContain('SUMMARY:Team half day: Where you stand\\, together');
		expect(unfolded.match(/^UID:/gm)).toHaveLength(4);
		expect(unfolded.match(/^DTSTAMP:\d{8}T\d{6}Z$/gm)).toHaveLength(4);

		// The agenda is kept in this browser.
		await page.reload();
		await expect(sessions(page)).toHaveCount(4);
		await expect(page.getByLabel('Date of the first day')).toHaveValue('2026-06-01');
	});

	test('warns when a module comes before one it builds on, and starts from a path in the address', async ({ page }) => {
		await openBuilder(page, '/workshop/agenda/?path=organization');
		await expect(sessions(page).nth(2)).toHaveText('A gateway and traces in one command');
		await expect(page.getByRole('region', { name: 'Check before the day' })).toHaveCount(0);
		await page.getByRole('button', { name: 'Move up: A gateway and traces in one command' }).click();
		await expect(page.getByRole('region', { name: 'Check before the day' })).toContainText(
			'“A gateway and traces in one command” comes before “One interface for every model”, which it builds on.',
		);
		await expect(page.getByRole('table')).toHaveCount(1);
		await expect(page.getByRole('table').getByText('Lunch')).toBeVisible();
		await axeBothThemes(page);
	});

	test('chooses modules from assessment results, and explains bad input', async ({ page }) => {
		await openBuilder(page, '/workshop/agenda/?path=personal');
		await page.getByText("From a team's assessment results").click();
		await page.getByLabel('Results JSON').fill('{not json}');
		await page.getByRole('button', { name: 'Choose modules from results' }).click();
		// The assessment's own reader, and its own words.
		await expect(page.locator('#results-error')).toContainText(INPUT_PROBLEM_TEXT.malformed);
		await expect(page.getByLabel('Results JSON')).toHaveAttribute('aria-invalid', 'true');
		await expect(sessions(page)).toHaveCount(2);
		await axeBothThemes(page);

		// A hand-made list of levels (a team that assessed itself on paper).
		const levels = [
			['unified-interface', 3],
			['privacy-guardrails', 4],
			['observability-cost', 2],
			['validation-gates', 1],
			['institutional-memory', 3],
			['specialization', 3],
			['people-practice', 2],
			['composable-automation', 4],
		].map(([dimensionId, level]) => ({ dimensionId, level }));
		await page.getByLabel('Results JSON').fill(JSON.stringify(levels));
		await page.getByRole('button', { name: 'Choose modules from results' }).click();
		// Equal levels go in the model's order.
		await expect(page.getByRole('status')).toHaveText(
			'Chose 6 modules for the weakest dimensions: Validation gates (level 1), Observability and cost (level 2), People and shared practice (level 2).',
		);
		// Next level up for each, with prerequisites pulled in ahead of the modules that need them.
		await expect(sessions(page)).toHaveText([
			'One interface for every model',
			'A gateway and traces in one command',
			'Run a validation gate',
			'Write an AGENTS.md for a real repository',
			'Keep a learnings log',
			'AI as a team practice',
		]);
		await expect(page.getByRole('region', { name: 'Check before the day' })).toHaveCount(0);

		await page.getByRole('button', { name: 'Bring back the previous agenda' }).click();
		await expect(sessions(page)).toHaveText(['One interface for every model', 'Write an AGENTS.md for a real repository']);
	});

	test('reads a result file as the assessment does: levels from its answers, an edited file refused', async ({ page }) => {
		const model = builtModel();
		const context = { scale: 'team', audience: 'platform-teams', scopes: ['chat', 'tools', 'multi-agent'] } as const;
		// Nothing in place anywhere: every dimension at level 1, so the first three in model order are the weakest.
		const answers = Object.fromEntries(model.dimensions.flatMap((d) => d.practices.map((p) => [p.id, 0])));
		const file = buildResultFile(
			model,
			{ ...context, scopes: [...context.scopes] },
			answers,
			{},
			{ now: new Date('2026-02-01T00:00:00Z') },
		);
		const edited = { ...file, result: { ...file.result, dimensions: file.result.dimensions.map((d) => ({ ...d, level: 4 })) } };

		await openBuilder(page, '/workshop/agenda/?path=personal');
		await page.getByText("From a team's assessment results").click();
		await page.getByLabel('Results JSON').fill(JSON.stringify(edited));
		await page.getByRole('button', { name: 'Choose modules from results' }).click();
		await expect(page.locator('#results-error')).toContainText(INPUT_PROBLEM_TEXT.tampered);
		await expect(sessions(page)).toHaveCount(2);

		await page.getByLabel('Results JSON').fill(JSON.stringify(file));
		await page.getByRole('button', { name: 'Choose modules from results' }).click();
		const weakest = model.dimensions.slice(0, 3).map((d) => `${d.name} (level 1)`);
		await expect(page.getByRole('status')).toHaveText(
			new RegExp(`^Chose \\d+ modules for the weakest dimensions: ${weakest.join(', ').replace(/[()]/g, '\\$&')}\\.$`),
		);
		await expect(page.locator('#results-error')).toHaveCount(0);
	});

	test('a link to a path asks before replacing an agenda of your own, and keeps it unless told otherwise', async ({ page }) => {
		await openBuilder(page);
		await page.getByRole('button', { name: 'Blank agenda' }).click();
		await page.getByLabel('Add a module').selectOption({ label: '7. Keep a learnings log (40 min)' });
		await page.getByRole('button', { name: 'Add module' }).click();
		await expect(sessions(page)).toHaveText(['Keep a learnings log']);

		await openBuilder(page, '/workshop/agenda/?path=team');
		const question = page.getByRole('region', { name: AGENDA_TEXT.replaceQuestion('Team half day') });
		await expect(question).toBeVisible();
		await expect(sessions(page)).toHaveText(['Keep a learnings log']);
		await axeBothThemes(page);
		await question.getByRole('button', { name: AGENDA_TEXT.keepMine }).click();
		await expect(question).toHaveCount(0);
		await expect(page.getByRole('status')).toHaveText(AGENDA_TEXT.keptAgenda);
		await page.reload();
		await expect(sessions(page)).toHaveText(['Keep a learnings log']);
		await expect(page.getByRole('region', { name: /^Replace your saved agenda/ })).toHaveCount(0);

		await openBuilder(page, '/workshop/agenda/?path=team');
		await page.getByRole('button', { name: AGENDA_TEXT.replaceWithPath }).click();
		await expect(sessions(page)).toHaveText([
			'Where you stand, together',
			'Run a validation gate',
			'Write an AGENTS.md for a real repository',
			'AI as a team practice',
		]);
		await page.reload();
		await expect(sessions(page)).toHaveCount(4);
		await expect(page.getByRole('region', { name: /^Replace your saved agenda/ })).toHaveCount(0);
		// The replaced agenda survives the reload and can still be brought back.
		await page.getByRole('button', { name: 'Bring back the previous agenda' }).click();
		await expect(sessions(page)).toHaveText(['Keep a learnings log']);
		await page.reload();
		await expect(sessions(page)).toHaveText(['Keep a learnings log']);
		await expect(page.getByRole('button', { name: 'Bring back the previous agenda' })).toHaveCount(0);
	});

	test(`a full agenda (${MAX_ITEMS} items) refuses one more with a message, and still opens after a reload`, async ({ page }) => {
		await openBuilder(page);
		const full = {
			format: 1,
			title: 'Long programme',
			date: '2026-06-01',
			start: '09:00',
			breaks: { every: 90, minutes: 15, lunch: null },
			items: Array.from({ length: MAX_ITEMS }, (_, i) => ({ key: `day:${i + 1}`, kind: 'day' })),
		};
		await page.evaluate((value) => localStorage.setItem('agentops:workshop-agenda', value), JSON.stringify(full));
		await openBuilder(page);
		await expect(page.locator('.agenda-item')).toHaveCount(MAX_ITEMS);
		await page.getByRole('button', { name: 'Add a new day' }).click();
		await expect(page.getByRole('alert')).toHaveText(AGENDA_LIMIT_TEXT.items);
		await page.reload();
		await expect(page.locator('.agenda-item')).toHaveCount(MAX_ITEMS);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('an edit the browser refuses to save is said on the page, and the agenda stays on screen', async ({ page }) => {
		await openBuilder(page);
		await page.getByRole('button', { name: 'Blank agenda' }).click();
		// From here on the browser's storage is full, as a quota error says.
		await page.evaluate(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await page.getByLabel('Add a module').selectOption({ label: '7. Keep a learnings log (40 min)' });
		await page.getByRole('button', { name: 'Add module' }).click();
		await expect(page.getByRole('alert')).toContainText('This browser refused to save the agenda');
		await expect(sessions(page)).toHaveText(['Keep a learnings log']);
	});

	test('adds, removes and times custom blocks and new days', async ({ page }) => {
		await openBuilder(page);
		await page.getByRole('button', { name: 'Blank agenda' }).click();
		await page.getByLabel('Add a module').selectOption({ label: '7. Keep a learnings log (40 min)' });
		await page.getByRole('button', { name: 'Add module' }).click();
		await page.getByLabel('Your own block').fill('Welcome');
		await page.getByRole('button', { name: 'Add block' }).click();
		await expect(page.getByRole('region', { name: 'Check before the day' })).toContainText(
			'“Welcome” has no teaching or exercise time yet',
		);
		await expect(page.getByRole('region', { name: 'Check before the day' })).toContainText(
			'builds on “Write an AGENTS.md for a real repository”, which is not in this agenda',
		);
		// A calendar event needs a length: the block with no time is left out of the .ics, and the page says so.
		await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
		await expect(page.getByRole('status')).toHaveText(AGENDA_TEXT.leftOutOfCalendar('“Welcome”'));
		await page.getByRole('button', { name: 'Remove: Welcome' }).click();
		await page.getByRole('button', { name: 'Add a new day' }).click();
		await page.getByLabel('Add a module').selectOption({ label: '6. Write an AGENTS.md for a real repository (55 min)' });
		await page.getByRole('button', { name: 'Add module' }).click();
		await expect(page.getByRole('table')).toHaveCount(2);
		await expect(page.getByRole('table').nth(1)).toHaveAccessibleName(/^Day 2: /);
		// A first day far out of range is refused and said; the date stays as it was.
		await page.getByLabel('Date of the first day').fill('2026-06-01');
		await page.getByLabel('Date of the first day').fill('3999-06-01');
		await expect(page.getByRole('alert')).toHaveText(AGENDA_LIMIT_TEXT.date);
		await expect(page.getByLabel('Date of the first day')).toHaveValue('2026-06-01');
		await page.getByLabel('Longest stretch without a break (min)').fill('5');
		await expect(page.getByText('Enter a whole number of minutes from 30 to 240.')).toBeVisible();
		await axeBothThemes(page);
	});

	test('two break settings changed in quick succession are both kept', async ({ page }) => {
		await openBuilder(page);
		await page.getByRole('button', { name: 'Blank agenda' }).click();
		await page.getByLabel('Lunch break').check();
		// Both edits in one task, before the island re-renders (it does so on a timer): each must
		// build on the other, not on what was last drawn.
		await page.evaluate(() => {
			for (const [id, value] of [
				['break-every', '60'],
				['lunch-minutes', '30'],
			] as const) {
				const input = document.getElementById(id) as HTMLInputElement;
				input.value = value;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}
		});
		await expect(page.getByLabel('Longest stretch without a break (min)')).toHaveValue('60');
		await expect(page.locator('#lunch-minutes')).toHaveValue('30');
		const breaks = await page.evaluate(() => JSON.parse(localStorage.getItem('agentops:workshop-agenda')!).breaks);
		expect(breaks).toMatchObject({ every: 60, lunch: { minutes: 30 } });
	});

	test('keeps an unreadable saved agenda until the person decides', async ({ page }) => {
		await openBuilder(page);
		await page.evaluate(() => localStorage.setItem('agentops:workshop-agenda', '{"format":1,"broken'));
		await openBuilder(page);
		await expect(page.getByRole('alert')).toContainText('could not be read');
		await page.getByRole('button', { name: 'Add a new day' }).click();
		expect(await page.evaluate(() => localStorage.getItem('agentops:workshop-agenda'))).toBe('{"format":1,"broken');
		await axeBothThemes(page);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the saved data' }).click();
		expect(readFileSync((await (await download).path())!, 'utf8')).toBe('{"format":1,"broken');
		await page.getByRole('button', { name: 'Replace it with the agenda on screen' }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);
		expect(await page.evaluate(() => JSON.parse(localStorage.getItem('agentops:workshop-agenda')!).format)).toBe(1);
	});

	test('prints only the schedule', async ({ page }) => {
		await openBuilder(page, '/workshop/agenda/?path=team');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Use this path' })).toBeHidden();
		await expect(page.getByRole('table')).toBeVisible();
		await expect(page.locator('.print-only')).toContainText('Team half day');
	});

	test('a module page adds its module to the saved agenda', async ({ page }) => {
		await openBuilder(page, '/workshop/agenda/?path=personal');
		await expect(sessions(page)).toHaveCount(2);
		await page.goto('/workshop/modules/privacy-map/');
		await page.getByRole('link', { name: 'Add to an agenda' }).click();
		await expect(sessions(page)).toHaveText([
			'One interface for every model',
			'Write an AGENTS.md for a real repository',
			'Map your AI use to privacy-first',
		]);
		await expect(page.getByRole('status')).toHaveText('Added “Map your AI use to privacy-first”.');
	});

	test('explains an unknown path in the address', async ({ page }) => {
		await openBuilder(page, '/workshop/agenda/?path=nope');
		await expect(page.getByRole('status')).toHaveText('There is no learning path called “nope”. Choose one from the list.');
	});
});
