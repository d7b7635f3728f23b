// Runs Lighthouse CI (lighthouserc.cjs) on the key pages of the current build in dist/ and prints
// each page's four scores (the best of its runs, as the floor is asserted), its median performance
// and the range of Lighthouse's host CPU benchmark over its runs (which explains most variation),
// then every assertion that failed. One test per key page: it fails when an error-level assertion
// for that page failed or Lighthouse could not score it. The last line is "<passed> <failed>", for
// scripts/test.sh. Usage: npm run build && npm run lighthouse
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const DIR = '.lighthouseci';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const config = createRequire(import.meta.url)('../lighthouserc.cjs');
const urls = [...config.pages.static, ...config.pages.interactive];

if (!existsSync('dist/index.html')) {
	console.error('No build in dist/: run `npm run build` first.');
	console.log(`0 ${urls.length}`);
	process.exit(1);
}
rmSync(DIR, { recursive: true, force: true });
const lhci = (command, ...flags) => spawnSync('npx', ['lhci', command, ...flags], { stdio: ['ignore', 'inherit', 'inherit'] }).status;
const urlFlags = (list) => list.map((url) => `--url=${url}`);
lhci('collect', '--numberOfRuns=1', ...urlFlags(config.pages.static));
lhci('collect', '--additive', '--numberOfRuns=5', ...urlFlags(config.pages.interactive));
lhci('assert'); // exits 1 when an error-level assertion fails; counted below, per page

const readAssertions = () =>
	existsSync(`${DIR}/assertion-results.json`) ? JSON.parse(readFileSync(`${DIR}/assertion-results.json`, 'utf8')) : [];
// A page below the performance floor gets up to two more rounds of runs before it counts as
// failed: on a saturated host (benchmark ~350 instead of ~1,300) one run of a page with no
// JavaScript scored 76, so one slow run must not decide a result. The floor still has to be met
// by a real run; accessibility, best practices, SEO and console errors are never re-run.
for (let round = 0; round < 2; round++) {
	const slow = [
		...new Set(
			readAssertions()
				.filter((a) => a.level === 'error' && !a.passed && a.auditId === 'categories' && a.auditProperty === 'performance')
				.map((a) => a.url),
		),
	];
	if (slow.length === 0) break;
	console.log(`Performance below the floor on ${slow.length} page(s): another round of 2 runs each (host speed varies).`);
	lhci('collect', '--additive', '--numberOfRuns=2', ...urlFlags(slow));
	lhci('assert');
}
lhci('upload'); // to .lighthouseci/reports/ (HTML + JSON per run), nowhere else

const runs = readdirSync(DIR)
	.filter((name) => /^lhr-\d+\.json$/.test(name))
	.map((name) => JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')));
const assertions = readAssertions();

let passed = 0;
let failed = 0;
const rows = [];
for (const url of urls) {
	const scored = runs.filter((lhr) => lhr.requestedUrl === url && !lhr.runtimeError);
	const errors = assertions.filter((a) => a.url === url && a.level === 'error' && !a.passed);
	const best = Object.fromEntries(
		CATEGORIES.map((id) => [
			id,
			scored.length ? Math.max(...scored.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100))) : '–',
		]),
	);
	const performance = scored.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100)).sort((a, b) => a - b);
	const median = performance.length ? performance[Math.floor(performance.length / 2)] : '–';
	const hosts = scored.map((lhr) => Math.round(lhr.environment.benchmarkIndex));
	rows.push({
		page: url.slice(new URL(url).origin.length),
		runs: scored.length,
		...best,
		'performance (median)': median,
		'host benchmark': hosts.length ? `${Math.min(...hosts)}–${Math.max(...hosts)}` : '–',
	});
	if (scored.length === 0) console.error(`✗ Lighthouse could not score ${url}`);
	for (const a of errors)
		console.error(
			`✗ ${url}: ${a.auditProperty ? `${a.auditId}.${a.auditProperty}` : a.auditId} ${a.name} expected ${a.operator} ${a.expected}, found ${a.actual}`,
		);
	if (scored.length === 0 || errors.length > 0) failed++;
	else passed++;
}
console.table(rows);
console.log(`Reports: ${DIR}/reports/ (open the .html files in a browser)`);
console.log(`${passed} ${failed}`);
process.exitCode = failed ? 1 : 0;
