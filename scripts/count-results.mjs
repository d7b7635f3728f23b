// Prints "<passed> <failed>" from a Vitest or Playwright JSON report written by this run.
// Usage: count-results.mjs vitest|playwright <report.json> <runner exit status> <run start, epoch s>
// A missing, unreadable or older report counts as one failure, and so does a runner that exited
// non-zero without reporting a failed test (it crashed, or failed outside a test): a runner that
// died can never look like success, and a previous run's report is never counted.
import { readFileSync, statSync } from 'node:fs';

const [kind, file, status = '0', started = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
	if (statSync(file).mtimeMs / 1000 < Number(started) - 1) throw new Error('the report is older than this run');
	const report = JSON.parse(readFileSync(file, 'utf8'));
	if (kind === 'vitest') {
		passed = report.numPassedTests;
		failed = report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
	} else {
		passed = report.stats.expected + (report.stats.flaky ?? 0);
		failed = report.stats.unexpected + (report.errors?.length ?? 0);
	}
	if (passed + failed === 0) throw new Error('the report holds no tests');
} catch (error) {
	console.error(`could not read ${kind} results from ${file}: ${error.message}`);
	failed += 1;
}
if (Number(status) !== 0 && failed === 0) {
	console.error(`${kind} exited with status ${status} although no test failed`);
	failed = 1;
}
console.log(`${passed} ${failed}`);
