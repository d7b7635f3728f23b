// Prints "<passed> <failed>" from a Vitest or Playwright JSON report. A missing or unreadable
// report counts as one failure, so a runner that crashed can never look like success.
import { readFileSync } from 'node:fs';

const [kind, file] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	if (kind === 'vitest') {
		passed = report.numPassedTests;
		failed = report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
	} else {
		passed = report.stats.expected + (report.stats.flaky ?? 0);
		failed = report.stats.unexpected + (report.errors?.length ?? 0);
	}
} catch (error) {
	console.error(`could not read ${kind} results from ${file}: ${error.message}`);
	failed = 1;
}
console.log(`${passed} ${failed}`);
