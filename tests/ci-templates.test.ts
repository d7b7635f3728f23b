/**
 * The assessment-ci-check template's two CI files are valid configuration for their platforms:
 * each is read as YAML, the way the platform reads it, and validated against its published JSON
 * Schema (copies in tests/fixtures/ci-schemas/, with their source and licence, so this runs
 * offline). The schemas catch misspelt keys and wrong shapes, not behaviour: the shell steps are
 * checked against the command line's own usage and run with bash in a throwaway repository, and
 * the pinned actions against a full commit hash. Neither file was run on GitHub or GitLab.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliMessages } from '../src/cli/messages';
import { writeFixtures } from './fixtures/result-files';

const DIR = join(import.meta.dirname, '..', 'src', 'templates', 'files', 'assessment-ci-check');
const SCHEMAS = join(import.meta.dirname, 'fixtures', 'ci-schemas');
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');
const yaml = (file: string) => parse(text(file), { strict: true, uniqueKeys: true }) as Record<string, unknown>;
const schema = (file: string) => JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as object;

// Both schemas are draft-07 and use editor keywords (markdownDescription) that strict mode refuses.
const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validate = (schemaFile: string, config: unknown) => {
	const check = compiled.get(schemaFile) ?? ajv.compile(schema(schemaFile));
	compiled.set(schemaFile, check);
	return check(config) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

/** Every `agentops …` command line the file runs. */
const commands = (file: string) => [...text(file).matchAll(/^\s*agentops (score|check|report) (.*)$/gm)].map((m) => [m[1]!, m[2]!]);

describe('GitHub Actions workflow', () => {
	const file = 'agentops-check.yml';

	it('validates against SchemaStore’s github-workflow schema', () => {
		expect(validate('github-workflow.json', yaml(file))).toEqual([]);
	});

	it('the schema refuses a misspelt key, so the check above can fail', () => {
		const broken = { ...yaml(file), job: (yaml(file) as { jobs: unknown }).jobs };
		delete (broken as { jobs?: unknown }).jobs;
		expect(validate('github-workflow.json', broken).length).toBeGreaterThan(0);
	});

	it('runs on pull requests with read-only contents and actions pinned to full commit hashes', () => {
		const w = yaml(file) as { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, { steps: { uses?: string }[] }> };
		expect(Object.keys(w.on)).toEqual(['pull_request']);
		expect(w.permissions).toEqual({ contents: 'read' });
		const uses = Object.values(w.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
		expect(uses.length).toBe(2);
		for (const u of uses) expect(u).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40}$/);
		expect(text(file)).toMatch(/# v\d+\.\d+\.\d+/);
	});
});

describe('GitLab CI job', () => {
	const file = 'gitlab-ci.yml';

	it('validates against GitLab’s CI schema', () => {
		expect(validate('gitlab-ci.json', yaml(file))).toEqual([]);
	});

	it('the schema refuses a misspelt key, so the check above can fail', () => {
		const job = (yaml(file) as Record<string, Record<string, unknown>>)['agentops-check']!;
		expect(validate('gitlab-ci.json', { 'agentops-check': { ...job, scripts: job.script } })).not.toEqual([]);
	});

	it('runs in merge request pipelines only', () => {
		const job = (yaml(file) as Record<string, { rules: unknown }>)['agentops-check']!;
		expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
	});
});

describe.each(['agentops-check.yml', 'gitlab-ci.yml'])('%s runs the command line as its usage says', (file) => {
	it('checks against the previous result file, and reads the file alone when the target branch has none', () => {
		const run = commands(file);
		expect(run.map(([c]) => c).sort()).toEqual(['check', 'report', 'report', 'score']);
		expect(run.find(([c]) => c === 'check')![1]).toMatch(/^"\$AGENTOPS_RESULT" --against \S+ \$AGENTOPS_CHECK_OPTIONS$/);
		for (const [c] of run) expect(cliMessages.usage).toContain(`agentops ${c} RESULT.json`);
		expect(cliMessages.usage).toContain('--targets');
		expect(text(file)).toContain('.agentops/result.json');
	});
});

/**
 * The steps' shell, run with bash in a throwaway repository whose origin holds the target branch:
 * the command line is the clone under test (linked where the install step would clone it), so
 * what runs is the file's own script with only the platform's variables set by hand.
 */
describe('the check steps, run with bash on a pull request that lowers a level', () => {
	const fixtures = writeFixtures();
	afterAll(() => rmSync(fixtures.dir, { recursive: true, force: true }));
	const portal = join(import.meta.dirname, '..');

	function repo() {
		const root = mkdtempSync(join(tmpdir(), 'agentops-ci-'));
		const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe', encoding: 'utf8' });
		const origin = join(root, 'origin.git');
		const work = join(root, 'work');
		git(root, 'init', '-q', '--bare', '-b', 'main', origin);
		git(root, 'clone', '-q', `file://${origin}`, work);
		for (const [k, v] of [
			['user.email', 'ci@example.org'],
			['user.name', 'CI'],
		])
			git(work, 'config', k!, v!);
		mkdirSync(join(work, '.agentops'));
		writeFileSync(join(work, '.agentops', 'result.json'), readFileSync(fixtures.baseline));
		git(work, 'add', '-A');
		git(work, 'commit', '-qm', 'baseline');
		git(work, 'push', '-q', 'origin', 'main');
		git(work, 'checkout', '-qb', 'change');
		writeFileSync(join(work, '.agentops', 'result.json'), readFileSync(fixtures.fell));
		git(work, 'commit', '-qam', 'lower validation gates');
		const temp = join(root, 'runner-temp');
		mkdirSync(temp);
		symlinkSync(portal, join(temp, 'agentops'));
		return { root, work, temp };
	}

	const bash = (script: string, cwd: string, env: Record<string, string>) => {
		try {
			return {
				code: 0,
				out: execFileSync('bash', ['-e', '-c', script], {
					cwd,
					env: { ...process.env, ...env },
					encoding: 'utf8',
					stdio: 'pipe',
					timeout: 60_000,
				}),
			};
		} catch (e) {
			const x = e as { status: number; stdout: string; stderr: string };
			return { code: x.status, out: `${x.stdout}${x.stderr}` };
		}
	};

	it('GitHub Actions: fails with exit 7, names the dimension, writes the report to the job summary', { timeout: 60_000 }, () => {
		const { root, work, temp } = repo();
		const w = yaml('agentops-check.yml') as {
			env: Record<string, string>;
			jobs: Record<string, { steps: { name?: string; run?: string }[] }>;
		};
		const step = w.jobs['agentops-check']!.steps.find((s) => s.name === 'Check the result file against the target branch')!;
		const summary = join(root, 'summary.md');
		const r = bash(step.run!, work, { ...w.env, RUNNER_TEMP: temp, GITHUB_BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary });
		expect(r.code, r.out).toBe(7);
		expect(r.out).toMatch(/FELL {2}Validation gates: level 2, was 3 \(down 1\)/);
		expect(readFileSync(summary, 'utf8')).toContain('### Changes since');
		rmSync(root, { recursive: true, force: true });
	});

	it('GitLab CI: fails with exit 7 and keeps the report as the artifact', { timeout: 60_000 }, () => {
		const { root, work } = repo();
		const job = (yaml('gitlab-ci.yml') as Record<string, { variables: Record<string, string>; script: string[] }>)['agentops-check']!;
		// The last script entry is the check; the portal is where the install entries would clone it.
		const script = job.script
			.at(-1)!
			.replaceAll('/tmp/agentops/', `${portal}/`)
			.replaceAll('/tmp/previous-result.json', join(root, 'previous.json'));
		const r = bash(script, work, { ...job.variables, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' });
		expect(r.code).toBe(7);
		expect(r.out).toMatch(/FELL {2}Validation gates: level 2, was 3 \(down 1\)/);
		expect(readFileSync(join(work, 'agentops-report.md'), 'utf8')).toContain('| Validation gates |');
		rmSync(root, { recursive: true, force: true });
	});
});
