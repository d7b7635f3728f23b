/**
 * The scan on the fixture repositories under tests/fixtures/evidence/: each finding with its file
 * and line, the near misses that must not count, and the skip rules.
 */
import { describe, expect, test } from 'vitest';
import { readDir } from '../../cli/read-dir';
import { EVIDENCE_RULES } from './rules';
import { createScanner, scanEntries } from './scan';
import { isIgnoredPath, looksBinary, MAX_TEXT_BYTES, shouldReadText, skipReason } from './skip';
import { withoutComments } from './text';

const fixture = (name: string) => scanEntries(readDir(`tests/fixtures/evidence/${name}`), EVIDENCE_RULES);
const where = (r: ReturnType<typeof fixture>) => r.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`);

describe('a well-run repository', () => {
	const result = fixture('well-run');
	test.each([
		['agents-md', 'AGENTS.md', 1],
		['instructions-name-checks', 'AGENTS.md', 7],
		['github-ci-tests', '.github/workflows/ci.yml', 12],
		['github-ci-evals', '.github/workflows/ci.yml', 17],
		['scheduled-evals', '.github/workflows/nightly-evals.yml', 10],
		['codeowners', '.github/CODEOWNERS', 2],
		['settings-required-reviews', '.github/settings.yml', 5],
		['settings-required-checks', '.github/settings.yml', 8],
		['settings-enforce-admins', '.github/settings.yml', 11],
		['pre-commit-config', '.pre-commit-config.yaml', 5],
		['secret-scan-hook', '.pre-commit-config.yaml', 5],
		['promptfoo-tests', 'evals/promptfooconfig.yaml', 6],
		['promptfoo-redteam', 'evals/promptfooconfig.yaml', 12],
		['litellm-config', 'gateway/litellm-config.yaml', 1],
		['litellm-keys-from-env', 'gateway/litellm-config.yaml', 5],
		['litellm-trace-callback', 'gateway/litellm-config.yaml', 12],
		['litellm-budget', 'gateway/litellm-config.yaml', 13],
		['litellm-fallbacks', 'gateway/litellm-config.yaml', 17],
		['litellm-request-guardrail', 'gateway/litellm-config.yaml', 24],
		['litellm-reply-guardrail', 'gateway/litellm-config.yaml', 28],
		['image-digest', 'docker-compose.yaml', 3],
		['lockfile', 'package-lock.json', 1],
		['mcp-config', '.mcp.json', 2],
		['mcp-tool-allowlist', '.mcp.json', 7],
		['learnings-log', 'LEARNINGS.md', 3],
		['decision-records', 'docs/decisions/0001-route-models-through-a-gateway.md', 1],
		['prompt-files', 'prompts/release-notes.prompt.md', 1],
		['langfuse-env', '.env.example', 2],
		['claude-subagents', '.claude/agents/reviewer.md', 3],
	])('%s at %s:%i', (ruleId, path, line) => {
		expect(where(result)).toContain(`${ruleId} ${path}:${line}`);
	});

	test('a scheduled-only workflow is not a gate on pull requests', () => {
		expect(where(result)).not.toContain('github-ci-evals .github/workflows/nightly-evals.yml:10');
	});

	test('a pinned image is not reported as a rolling tag', () => {
		expect(result.findings.filter((f) => f.kind === 'counter')).toEqual([]);
	});

	test('every file was read', () => expect(result).toMatchObject({ skipped: [], scanned: 16 }));
});

test('a bare repository shows no evidence', () => {
	expect(fixture('bare')).toEqual({ findings: [], skipped: [], scanned: 2 });
});

describe('near misses', () => {
	const result = fixture('near-misses');
	test('only the MCP server list and the rolling tags count', () => {
		expect(where(result)).toEqual(['mcp-config .mcp.json:2', 'image-rolling-tag docker-compose.yml:3']);
	});
	test('the rolling tag is evidence against pinned versions', () => {
		expect(result.findings.find((f) => f.ruleId === 'image-rolling-tag')).toMatchObject({
			kind: 'counter',
			practiceIds: ['sec-pinned-versions'],
		});
	});
});

describe('skip rules', () => {
	test.each([
		['node_modules/pkg/AGENTS.md', true],
		['packages/a/node_modules/x/package-lock.json', true],
		['.git/config', true],
		['src/node_modules.md', false],
		['AGENTS.md', false],
	])('%s ignored: %s', (path, ignored) => expect(isIgnoredPath(path)).toBe(ignored));

	test('large and binary files are not read, but their paths still count', () => {
		const result = scanEntries(
			[
				{ path: 'package-lock.json', size: MAX_TEXT_BYTES + 1 },
				{ path: 'AGENTS.md', size: MAX_TEXT_BYTES + 1 },
				{ path: 'logo.png', size: 10 },
				{ path: 'prompts/odd.md', size: 30, text: 'a\u0000binary file read as text' },
				{ path: 'node_modules/x/package-lock.json', size: 10, text: '{}' },
			],
			EVIDENCE_RULES,
		);
		expect(result.findings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['lockfile package-lock.json']);
		expect(result.skipped).toEqual([
			{ path: 'package-lock.json', reason: 'too-large' },
			{ path: 'AGENTS.md', reason: 'too-large' },
			{ path: 'logo.png', reason: 'binary' },
			{ path: 'prompts/odd.md', reason: 'binary' },
			{ path: 'node_modules/x/package-lock.json', reason: 'ignored-folder' },
		]);
	});

	test('the reader asks before reading', () => {
		expect(shouldReadText('AGENTS.md', 100)).toBe(true);
		expect(shouldReadText('AGENTS.md', MAX_TEXT_BYTES + 1)).toBe(false);
		expect(skipReason('img/a.PNG', 1)).toBe('binary');
		expect(looksBinary('plain')).toBe(false);
	});

	test('Windows and "./" paths are normalised', () => {
		const result = scanEntries([{ path: '.\\.github\\CODEOWNERS', size: 20, text: '* @team' }], EVIDENCE_RULES);
		expect(where(result)).toEqual(['codeowners .github/CODEOWNERS:1']);
	});
});

describe('comments do not count', () => {
	test.each([
		['ci.yml', 'run: build # npm test later', 'run: build'],
		['a.json', '"url": "https://x" // note', '"url": "https://x"'],
		['AGENTS.md', 'text <!-- npm test --> more', 'text'],
	])('%s', (path, line, kept) => {
		const out = withoutComments(path, line);
		expect(out.trimEnd().startsWith(kept)).toBe(true);
		expect(out).toHaveLength(line.length);
		expect(out).not.toMatch(/npm test|note/);
	});
});

describe('other tools’ conventions', () => {
	const result = fixture('other-tools');
	test.each([
		['claude-md', 'CLAUDE.md', 1],
		['instructions-name-checks', 'CLAUDE.md', 5],
		['copilot-instructions', '.github/copilot-instructions.md', 1],
		['cursor-rules', '.cursor/rules/style.mdc', 1],
		['husky-pre-commit', '.husky/pre-commit', 1],
		['lefthook-pre-commit', 'lefthook.yml', 1],
		['secret-scan-config', '.gitleaks.toml', 1],
		['gitlab-ci-tests', '.gitlab-ci.yml', 7],
		['gitlab-ci-evals', '.gitlab-ci.yml', 12],
		['provenance-check', '.gitlab-ci.yml', 17],
		['scheduled-agent', '.github/workflows/weekly-agent.yml', 10],
		['langfuse-sdk', 'src/tracing.py', 2],
		['otel-genai', 'src/tracing.py', 4],
		['otel-genai', '.env', 1],
		['claude-permission-allowlist', '.claude/settings.json', 3],
		['codex-enabled-tools', '.codex/config.toml', 4],
		['mcp-config', '.vscode/mcp.json', 2],
	])('%s at %s:%i', (ruleId, path, line) => {
		expect(where(result)).toContain(`${ruleId} ${path}:${line}`);
	});
});

test('fed one entry at a time, the scanner finds what the whole scan finds', () => {
	const entries = readDir('tests/fixtures/evidence/well-run');
	const scanner = createScanner(EVIDENCE_RULES);
	for (const e of [...entries].reverse()) scanner.add(e);
	expect(scanner.result()).toEqual(scanEntries(entries, EVIDENCE_RULES));
});
