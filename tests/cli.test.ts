/**
 * The command line, `agentops scan DIR`: its exit codes for good and bad input, its JSON on a
 * fixture repository, and the real entry point (bin/agentops.mjs) run as a person runs it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { EXIT, run } from '../src/cli/main';

function cli(...args: string[]) {
	let out = '';
	let err = '';
	const code = run(args, { out: (s) => (out += s), err: (s) => (err += s) });
	return { code, out, err };
}

describe('agentops scan', () => {
	test('scans a fixture repository and prints findings with file and line', () => {
		const { code, out } = cli('scan', 'tests/fixtures/evidence/well-run');
		expect(code).toBe(EXIT.ok);
		expect(out).toContain('.github/workflows/ci.yml:17');
		expect(out).toContain('vg-precommit-checks: At least half');
	});

	test('--json prints the versioned result', () => {
		const { code, out } = cli('scan', 'tests/fixtures/evidence/near-misses', '--json', '--audience', 'creators', '--scopes', 'tools');
		expect(code).toBe(EXIT.ok);
		const json = JSON.parse(out);
		expect(json).toMatchObject({
			format: 'agentops-evidence-scan',
			formatVersion: 1,
			context: { audience: 'creators', scopes: ['tools'] },
		});
		expect(json.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`)).toEqual([
			'mcp-config:2',
			'image-rolling-tag:3',
		]);
		expect(json.proposals).toEqual([{ practice: 'sec-extension-inventory', option: 2, label: 'At least half', capped: false }]);
		expect(json.levels).toHaveLength(11);
	});

	test.each([
		[['scan'], EXIT.usage, 'Name the folder to scan'],
		[['frobnicate'], EXIT.usage, 'Unknown command "frobnicate"'],
		[['scan', '.', '--verbose'], EXIT.usage, 'Unknown option "--verbose"'],
		[['scan', '.', '--scale'], EXIT.usage, 'Option --scale needs a value'],
		[['scan', '.', '--audience', 'robots'], EXIT.usage, '--audience "robots" is not one of'],
		[['scan', 'no/such/folder'], EXIT.input, 'No such folder: no/such/folder'],
		[['scan', 'package.json'], EXIT.input, 'Not a folder: package.json'],
	])('%j exits %i', (args, code, message) => {
		const r = cli(...args);
		expect(r.code).toBe(code);
		expect(r.err).toContain(message);
		expect(r.out).toBe('');
	});

	test('rules lists every rule with its practices and source', () => {
		const { code, out } = cli('rules');
		expect(code).toBe(EXIT.ok);
		expect(out).toContain('lockfile: A lockfile pins the exact version of every package.');
		expect(out).toContain('  evidence against: sec-pinned-versions');
		const json = JSON.parse(cli('rules', '--json').out);
		expect(json.map((r: { id: string }) => r.id)).toContain('mcp-tool-allowlist');
		expect(cli('rules', '--all').code).toBe(EXIT.usage);
	});

	test('--help prints the usage and exits 0', () => {
		const r = cli('--help');
		expect(r).toMatchObject({ code: EXIT.ok, err: '' });
		expect(r.out).toContain('Usage: agentops scan DIR');
	});
});

describe('bin/agentops.mjs', () => {
	const bin = (...args: string[]) => spawnSync(process.execPath, ['bin/agentops.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });

	test('runs from the clone and prints JSON', () => {
		const r = bin('scan', 'tests/fixtures/evidence/bare', '--json');
		expect(r.stderr).toBe('');
		expect(r.status).toBe(EXIT.ok);
		expect(JSON.parse(r.stdout)).toMatchObject({ findings: [], scanned: 2 });
	});

	test('exits 3 on a missing folder', () => {
		const r = bin('scan', 'no/such/folder');
		expect(r.status).toBe(EXIT.input);
		expect(r.stderr).toContain('No such folder');
	});
});
