/**
 * The validation-gates template proves itself: its hook script runs with bash on filled-in and
 * unfilled files, and its pre-commit configuration pins real release tags and no hook that always
 * fails.
 *
 * No JSON Schema for .pre-commit-config.yaml is available offline (none in node_modules), so the
 * configuration is checked against the rules below rather than a schema. pre-commit itself is not
 * run here; the tags were checked against each upstream repository by hand (see the page).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const DIR = join(import.meta.dirname, '..', 'src', 'templates', 'files', 'validation-gates');
const HOOK = join(DIR, 'check-ai-output.sh');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'validation-gates');

/** Runs the hook on the files; returns its exit status and everything it printed. */
function runHook(...files: string[]): { status: number; output: string } {
	try {
		const stdout = execFileSync('bash', [HOOK, ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		return { status: 0, output: stdout };
	} catch (error) {
		const e = error as { status: number; stdout: string; stderr: string };
		return { status: e.status, output: `${e.stdout}${e.stderr}` };
	}
}

/** One line per placeholder kind the page says the hook catches. */
const PLACEHOLDERS = [
	'TODO',
	'FIXME',
	'<your-name>',
	'<placeholder>',
	'[INSERT date here]',
	'lorem ipsum',
	'AI-GENERATED: UNREVIEWED',
	'As an AI language model',
];

describe('check-ai-output.sh', () => {
	it('passes on a filled-in file', () => {
		expect(runHook(join(FIXTURES, 'filled-in.md'))).toEqual({ status: 0, output: '' });
	});

	it('passes on itself and on the pre-commit configuration shipped beside it', () => {
		expect(runHook(HOOK, join(DIR, 'pre-commit-config.yaml'))).toEqual({ status: 0, output: '' });
	});

	it('passes on itself under another name (it does not skip files by name)', () => {
		const copy = join(mkdtempSync(join(tmpdir(), 'gates-')), 'renamed.sh');
		writeFileSync(copy, readFileSync(HOOK));
		expect(runHook(copy).status).toBe(0);
	});

	it('fails on the fixture and names the file and every placeholder line, but not the control line', () => {
		const file = join(FIXTURES, 'placeholders.txt');
		const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
		expect(lines.slice(1)).toEqual(PLACEHOLDERS);
		const { status, output } = runHook(file);
		expect(status).toBe(1);
		for (const [i, line] of lines.entries()) {
			const hit = `${file}:${i + 1}:${line}`;
			if (i === 0) expect(output).not.toContain(hit);
			else expect(output).toContain(hit);
		}
		expect(output).toMatch(/check-ai-output: placeholders or unreviewed markers remain/);
	});

	it.each(PLACEHOLDERS.map((p) => [p]))('fails on a file whose only marker is %s', (placeholder) => {
		const file = join(mkdtempSync(join(tmpdir(), 'gates-')), 'draft.md');
		writeFileSync(file, `# Release notes\n\nShipped the billing export. ${placeholder}\n`);
		const { status, output } = runHook(file);
		expect(status).toBe(1);
		expect(output).toContain(`${file}:3:`);
	});

	it('passes on a file with none, and fails when any one file in the list has one', () => {
		expect(runHook(join(FIXTURES, 'filled-in.md'), join(FIXTURES, 'placeholders.txt')).status).toBe(1);
	});

	it('runs on every file shipped in the template folder without crashing (0 or 1 only)', () => {
		for (const name of readdirSync(DIR)) expect([0, 1], name).toContain(runHook(join(DIR, name)).status);
	});
});

describe('pre-commit-config.yaml', () => {
	type Hook = { id?: unknown; entry?: unknown; language?: unknown };
	type Repo = { repo?: unknown; rev?: unknown; hooks?: Hook[] };
	const config = parseYaml(readFileSync(join(DIR, 'pre-commit-config.yaml'), 'utf8'), { strict: true, uniqueKeys: true }) as {
		repos: Repo[];
	};
	const remote = config.repos.filter((r) => r.repo !== 'local');
	const hooks = config.repos.flatMap((r) => r.hooks ?? []);

	it('pins every remote repository to a release tag on GitHub', () => {
		expect(remote.length).toBeGreaterThanOrEqual(4);
		for (const r of remote) {
			expect(r.repo, String(r.repo)).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
			expect(r.rev, String(r.repo)).toMatch(/^v\d+\.\d+\.\d+$/);
			expect(['master', 'main', 'HEAD']).not.toContain(r.rev);
		}
	});

	it('has a formatter, a linter, a secret scanner and the hygiene hooks the page promises', () => {
		const ids = hooks.map((h) => h.id);
		for (const id of ['trailing-whitespace', 'end-of-file-fixer', 'check-yaml', 'check-json', 'check-merge-conflict', 'detect-private-key'])
			expect(ids).toContain(id);
		expect(ids).toContain('prettier');
		expect(ids).toContain('shellcheck');
		expect(ids).toContain('gitleaks');
	});

	it('gives every hook a non-empty id', () => {
		for (const h of hooks) expect(typeof h.id === 'string' && h.id.trim() !== '', JSON.stringify(h)).toBe(true);
	});

	it('points the local hook at the shipped script, installed where the page says', () => {
		const local = config.repos.filter((r) => r.repo === 'local').flatMap((r) => r.hooks ?? []);
		expect(local.map((h) => h.id)).toContain('check-ai-output');
		const hook = local.find((h) => h.id === 'check-ai-output')!;
		expect(hook.entry).toBe('scripts/check-ai-output.sh');
		expect(hook.language).toBe('script');
	});

	it('has no entry that is a placeholder and would fail every commit', () => {
		for (const h of hooks) {
			if (h.entry === undefined) continue;
			expect(h.entry, String(h.id)).toMatch(/^[\w./-]+(\s[\w./:=-]+)*$/);
			expect(String(h.entry)).not.toMatch(/[<>[\]]|\be\.g\./);
		}
	});
});
