// Runs Lighthouse (performance, accessibility, best practices, SEO) on the key pages of the
// production build and prints the four scores per page. Not part of `npm test`: it takes a few
// minutes. Usage: npm run build && npm run lighthouse [-- /path/ …]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const port = 4391;
const pages = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/docs/why/', '/docs/patterns/observability/', '/docs/maturity/systematic/', '/assessment/', '/assessment/quick/', '/assessment/results/', '/assessment/scoring/', '/search/?q=gateway'];

if (!existsSync('dist/index.html')) {
	console.error('No build in dist/: run `npm run build` first.');
	process.exit(1);
}
const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 60; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {}
	await new Promise((r) => setTimeout(r, 500));
}

const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const rows = [];
try {
	for (const path of pages) {
		const { lhr } = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, { extends: 'lighthouse:default', settings: { formFactor: 'mobile' } });
		const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		rows.push({ page: path, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
		const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
		if (failing.length) console.log(`${path}: audits below 1: ${failing.join(', ')}`);
		const issues = lhr.audits['inspector-issues']?.details?.items ?? [];
		for (const item of issues) console.log(`  devtools issue: ${item.issueType}: ${JSON.stringify(item.subItems?.items?.slice(0, 2) ?? [])}`);
	}
} finally {
	await chrome.kill();
	server.kill();
}
console.table(rows);
