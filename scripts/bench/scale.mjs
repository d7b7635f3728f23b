// Scale benchmark: adds N synthetic docs pages (generate.mjs; removed afterwards), builds into
// /tmp/agentops-bench-<N>/, indexes with Pagefind, serves with nginx and measures search in
// Chromium; also builds the service worker to weigh the offline precache.
// Prints one Markdown table row per N for docs/benchmarks.md.
// Usage: npm run bench -- 100 1000 5000 (default 100). Later searches include the 200 ms typing debounce.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { generatePages, removePages } from './generate.mjs';

const root = join(import.meta.dirname, '..', '..');
const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
if (!sizes.length) sizes.push(100);
const du = (dir) =>
	readdirSync(dir, { recursive: true }).reduce(
		(n, f) => n + (statSync(join(dir, String(f))).isFile() ? statSync(join(dir, String(f))).size : 0),
		0,
	);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (removePages(), process.exit(130)));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const rows = [];
for (const n of sizes) {
	const out = `/tmp/agentops-bench-${n}`;
	rmSync(out, { recursive: true, force: true });
	generatePages(n);
	let buildMs, indexMs, precache;
	try {
		let t = Date.now();
		execFileSync('npx', ['astro', 'build', '--outDir', out], { cwd: root, env, stdio: 'ignore' });
		buildMs = Date.now() - t;
		t = Date.now();
		execFileSync('node', ['scripts/pagefind.mjs', out], { cwd: root, env, stdio: 'ignore' });
		indexMs = Date.now() - t;
		// The service worker's precache: what the first visit downloads for offline use.
		const sw = execFileSync('node', ['scripts/sw.mjs', out], { cwd: root, env, encoding: 'utf8' });
		precache = sw.match(/\((\d+) KB\)/)?.[1];
	} finally {
		removePages();
	}
	const pages = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
	const port = 4480 + (n % 100);
	mkdirSync('/tmp', { recursive: true });
	const server = spawn('bash', ['scripts/serve-nginx.sh', out, String(port)], { cwd: root, detached: true, stdio: 'ignore' });
	await new Promise((r) => setTimeout(r, 1000));
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
	const page = await browser.newPage({ serviceWorkers: 'block' });
	const first = Date.now();
	await page.goto(`http://127.0.0.1:${port}/search/?q=gateway`);
	await page.locator('[data-search-results] a').first().waitFor();
	const firstMs = Date.now() - first;
	const warm = [];
	for (const q of ['trace budget', 'privacy policy', 'incident review', 'rollout owner', 'validation gates']) {
		const box = page.getByRole('searchbox', { name: /Search the docs/ });
		const t = Date.now();
		await box.fill(q);
		// Done when the status line names this query (it is written after the results).
		await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), q);
		warm.push(Date.now() - t);
	}
	await browser.close();
	process.kill(-server.pid, 'SIGTERM');
	const synthetic = statSync(join(out, 'docs', 'zz-bench-00001', 'index.html')).size;
	const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	const row = `| ${n} | ${pages} | ${(buildMs / 1000).toFixed(1)} s | ${(indexMs / 1000).toFixed(1)} s | ${mb(du(join(out, 'pagefind')))} | ${mb(du(out))} | ${(synthetic / 1024).toFixed(1)} KB | ${mb(precache * 1024)} | ${firstMs} ms | ${median(warm)} ms |`;
	console.log(row);
	rows.push(row);
}
console.log(
	'\n| N synthetic pages | HTML pages | astro build | Pagefind | index size | site size | one synthetic page | offline precache | first search (load + wasm) | later searches (median of 5) |\n|---|---|---|---|---|---|---|---|---|---|',
);
for (const r of rows) console.log(r);
