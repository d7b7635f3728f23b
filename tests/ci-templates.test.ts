/**
 * The assessment-ci-check template's two CI files are valid configuration for their platforms:
 * each is read as YAML, the way the platform reads it, and validated against its published JSON
 * Schema (copies in tests/fixtures/ci-schemas/, with their source and licence, so this runs
 * offline). The schemas catch misspelt keys and wrong shapes, not behaviour: the shell steps are
 * checked here against the command line's own usage, and the pinned actions against a full
 * commit hash. Neither file was run on GitHub or GitLab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliMessages } from '../src/cli/messages';

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
