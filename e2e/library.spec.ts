/**
 * The templates library and case studies, as a visitor uses them: downloads return the files they
 * name with the checksums shown, kits open and hold exactly what they list, filters work, live in
 * the URL and survive a reload, everything is listed without JavaScript, and pages pass axe.
 * The guard fixture fails any test whose page requests another host.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, axe } from './fixtures';
import { KIT_IDS } from '../src/lib/library/kits';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const templateIds = readdirSync('src/content/templates').map((f) => f.replace(/\.md$/, ''));
const caseStudyIds = readdirSync('src/content/case-studies').map((f) => f.replace(/\.md$/, ''));

test.describe('template pages', () => {
	for (const id of templateIds) {
		test(`${id}: every download returns its file, with the size and checksum shown`, async ({ page }) => {
			await page.goto(`/templates/${id}/`);
			const files = page.locator('section.file');
			const count = await files.count();
			expect(count).toBeGreaterThan(0);
			for (let i = 0; i < count; i++) {
				const file = files.nth(i);
				const link = file.locator('a[data-download]');
				const name = (await link.getAttribute('data-download'))!;
				expect(await link.getAttribute('download')).toBe(name);
				const url = (await link.getAttribute('href'))!;
				expect(url).toBe(`/templates/files/${id}/${name}`);
				const response = await page.request.get(url);
				expect(response.status()).toBe(200);
				const body = await response.body();
				// The file served is the file in the repository, byte for byte.
				expect(body.equals(readFileSync(`src/templates/files/${id}/${name}`))).toBe(true);
				await expect(file.locator('[data-sha256]')).toHaveText(sha256(body));
				expect(Number(await file.locator('[data-file-size]').getAttribute('data-file-size'))).toBe(body.length);
				// The preview shows the file's text.
				const firstLine = body
					.toString('utf8')
					.split('\n')
					.find((l) => l.trim().length > 3)!;
				await expect(file.locator('.code-preview')).toContainText(firstLine.trim());
			}
		});
	}

	test('the download button saves the real file', async ({ page }) => {
		await page.goto('/templates/agents-md/');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download AGENTS.md' }).click()]);
		expect(download.suggestedFilename()).toBe('AGENTS.md');
		const saved = readFileSync((await download.path())!);
		expect(saved.equals(readFileSync('src/templates/files/agents-md/AGENTS.md'))).toBe(true);
	});

	test('a template page links its dimensions, levels, case studies and passes axe in dark mode', async ({ page }) => {
		await page.goto('/templates/validation-gates/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Validation-gate checklist/);
		await expect(page.getByRole('link', { name: 'Validation gates' }).first()).toHaveAttribute('href', '/docs/patterns/validation-gates/');
		await expect(page.getByRole('link', { name: /level 3, Systematic/ })).toHaveAttribute('href', '/docs/maturity/systematic/');
		await expect(page.locator('#case-studies + ul a').first()).toBeVisible();
		expect(await axe(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axe(page, undefined, { contrastOnly: true })).toEqual([]);
	});
});

test.describe('starter kits', () => {
	test('every kit downloads with the checksum shown, opens, and holds exactly the listed files', async ({ page }) => {
		await page.goto('/templates/');
		const kits = page.locator('[data-kit]');
		expect(await kits.count()).toBe(KIT_IDS.length);
		const dir = mkdtempSync(join(tmpdir(), 'kits-'));
		for (let i = 0; i < 5; i++) {
			const kit = kits.nth(i);
			const fileName = (await kit.getAttribute('data-kit'))!;
			const response = await page.request.get(`/templates/kits/${fileName}`);
			expect(response.status()).toBe(200);
			const body = await response.body();
			await expect(kit.locator('[data-sha256]')).toHaveText(sha256(body));
			const file = join(dir, fileName);
			writeFileSync(file, body);
			expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
			const inside = execFileSync(
				'python3',
				['-c', 'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', file],
				{ encoding: 'utf8' },
			)
				.trim()
				.split('\n');
			const listed = await kit.locator('[data-kit-entry]').allTextContents();
			expect(inside).toEqual(listed.map((t) => t.trim()));
			// Each file in the kit is the same as the single download.
			const entry = inside.find((p) => p !== 'README.txt')!;
			const fromZip = execFileSync('unzip', ['-p', file, entry]);
			const [templateId] = entry.split('/');
			const onDisk = readdirSync(`src/templates/files/${templateId}`).map((n) => readFileSync(`src/templates/files/${templateId}/${n}`));
			expect(onDisk.some((b) => b.equals(fromZip))).toBe(true);
		}
	});
});

test.describe('filters', () => {
	test('without JavaScript every template and case study is listed and the filters stay hidden', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/templates/?level=5');
		await expect(page.locator('#template-list > li')).toHaveCount(templateIds.length);
		await expect(page.locator('#template-list > li:visible')).toHaveCount(templateIds.length);
		await expect(page.locator('form[data-filters]')).toBeHidden();
		await page.goto('/case-studies/?kind=reported');
		await expect(page.locator('#study-list > li:visible')).toHaveCount(caseStudyIds.length);
		await context.close();
	});

	test('choosing filters hides non-matching templates, writes the URL, and survives a reload', async ({ page }) => {
		await page.goto('/templates/');
		const visible = page.locator('#template-list > li:visible');
		await expect(visible).toHaveCount(templateIds.length);
		await page.getByLabel('Level to reach').selectOption('4');
		await expect(page).toHaveURL(/\/templates\/\?level=4$/);
		const afterLevel = await visible.count();
		expect(afterLevel).toBeGreaterThan(0);
		expect(afterLevel).toBeLessThan(templateIds.length);
		for (const levels of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.filterLevel!))) {
			expect(levels.split(' ')).toContain('4');
		}
		await expect(page.getByRole('status')).toHaveText(`Showing ${afterLevel} of ${templateIds.length} templates.`);

		await page.getByLabel('Dimension').selectOption('validation-gates');
		await expect(page).toHaveURL(/\?dimension=validation-gates&level=4$/);
		const both = await visible.count();
		expect(both).toBeLessThanOrEqual(afterLevel);

		await page.reload();
		await expect(page.getByLabel('Dimension')).toHaveValue('validation-gates');
		await expect(page.getByLabel('Level to reach')).toHaveValue('4');
		await expect(visible).toHaveCount(both);
		expect(await axe(page)).toEqual([]);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page).toHaveURL(/\/templates\/$/);
		await expect(visible).toHaveCount(templateIds.length);
	});

	test('a shared link with an impossible combination shows a message, and unknown values are named', async ({ page }) => {
		await page.goto('/templates/?scale=personal&format=env&audience=martians');
		await expect(page.locator('#template-list > li:visible')).toHaveCount(0);
		await expect(page.getByText('No template matches all of these filters.')).toBeVisible();
		await expect(page.getByText('Ignored filter values this page does not know: audience=martians.')).toBeVisible();
		expect(await axe(page)).toEqual([]);
	});

	test('case studies filter by kind, scale and audience', async ({ page }) => {
		await page.goto('/case-studies/?kind=illustrative&audience=families');
		const visible = page.locator('#study-list > li:visible');
		await expect(visible).toHaveCount(1);
		await expect(visible.first()).toContainText('Illustrative case study');
		await page.getByLabel('Audience').selectOption('');
		await page.getByLabel('Scale').selectOption('institutional');
		await expect(page).toHaveURL(/\?scale=institutional&kind=illustrative$/);
		await expect(visible).toHaveCount(1);
		expect(await axe(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axe(page, undefined, { contrastOnly: true })).toEqual([]);
	});
});

test.describe('case studies', () => {
	for (const id of caseStudyIds) {
		test(`${id}: says plainly what kind it is, and its links work`, async ({ page }) => {
			await page.goto(`/case-studies/${id}/`);
			const kind = await page.locator('[data-kind-note]').getAttribute('data-kind-note');
			expect(['illustrative', 'reported']).toContain(kind);
			await expect(page.locator('[data-kind-note]')).toContainText(
				kind === 'illustrative' ? 'Illustrative case study.' : 'Reported case study.',
			);
			await expect(page.locator('[data-kind]').first()).toHaveText(/case study/);
			const links = await page
				.locator('#templates-used + ul a, #patterns-applied + ul a, .table-wrap a')
				.evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
			expect(links.length).toBeGreaterThan(3);
			for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
		});
	}
});

test('the feed lists every template and case study with links into the site', async ({ page }) => {
	const response = await page.request.get('/feed.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
	expect(links).toHaveLength(templateIds.length + caseStudyIds.length);
	for (const path of links.slice(0, 3)) expect((await page.request.get(path)).status()).toBe(200);
	const file = join(mkdtempSync(join(tmpdir(), 'feed-')), 'feed.xml');
	writeFileSync(file, xml);
	execFileSync('python3', ['-c', 'import sys,xml.etree.ElementTree as E; E.parse(sys.argv[1])', file]);
});
