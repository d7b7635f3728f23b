/**
 * Scan time on a generated 10,000-file tree, printed, not asserted (the machine is small and
 * shared): once on entries in memory (what the browser worker hands the scan) and once read from
 * disk by the command line's reader. The counts are asserted, so the tree is the size it claims.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readDir } from '../../cli/read-dir';
import { EVIDENCE_RULES } from './rules';
import { scanEntries } from './scan';
import type { ScanEntry } from './types';

const FILES = 10_000;
const source = (i: number) => `// module ${i}\nexport function f${i}(x: number) {\n\treturn x * ${i};\n}\n`.repeat(12);

/** A tree like a mid-sized service: mostly code, some docs and YAML, an installed dependency folder. */
function generatedTree(): ScanEntry[] {
	const entries: ScanEntry[] = [];
	for (let i = 0; entries.length < FILES; i++) {
		const kind = i % 20;
		const path =
			kind === 0
				? `node_modules/pkg${i}/index.js`
				: kind === 1
					? `docs/page${i}.md`
					: kind === 2
						? `deploy/k8s/service${i}.yaml`
						: `src/area${i % 97}/mod${i}.ts`;
		const text = kind === 2 ? `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: app${i}:1.2.${i}\n` : source(i);
		entries.push({ path, size: text.length, text });
	}
	entries.push({ path: 'AGENTS.md', size: 60, text: '# Agents\n\nRun `npm test` before proposing any change here.\n' });
	return entries;
}

const tmp = mkdtempSync(join(tmpdir(), 'evidence-bench-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('scan of 10,000 files in memory', () => {
	const entries = generatedTree();
	const start = performance.now();
	const result = scanEntries(entries, EVIDENCE_RULES);
	const ms = performance.now() - start;
	console.log(`evidence scan: ${entries.length} files in memory, ${EVIDENCE_RULES.length} rules: ${ms.toFixed(0)} ms`);
	expect(result.scanned + result.skipped.length).toBe(entries.length);
	expect(result.findings.map((f) => f.ruleId)).toEqual(['agents-md', 'instructions-name-checks']);
});

test('read and scan of 10,000 files on disk', () => {
	for (const e of generatedTree()) {
		const full = join(tmp, e.path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, e.text ?? '');
	}
	const start = performance.now();
	const entries = readDir(tmp);
	const read = performance.now() - start;
	const result = scanEntries(entries, EVIDENCE_RULES);
	const total = performance.now() - start;
	console.log(
		`evidence scan: ${FILES + 1} files on disk (node_modules skipped while walking): read ${read.toFixed(0)} ms, read and scan ${total.toFixed(0)} ms`,
	);
	expect(entries.length).toBe(FILES + 1 - FILES / 20);
	expect(result.findings).toHaveLength(2);
	// Writing the tree takes seconds on a busy machine; the time printed above is the measure.
}, 120_000);
