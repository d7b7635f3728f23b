/**
 * `agentops score`, `check` and `report` on result files written by the site's own writer
 * (tests/fixtures/result-files.ts), run as a person or a CI job runs them: bin/agentops.mjs as a
 * child process, its exit code, stdout and stderr. The gate passes and fails on fixture pairs, and
 * every kind of bad input has its own exit code and the site's own sentence.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { INPUT_PROBLEM_TEXT, levelLabel } from '../src/lib/assessment/messages';
import { EXIT } from '../src/cli/read-result';
import { DIMENSION, model, writeFixtures } from './fixtures/result-files';

// Each run starts Node and tsx (about 2 s on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

const f = writeFixtures();
afterAll(() => rmSync(f.dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/agentops.mjs', ...args], {
			encoding: 'utf8',
			timeout: 60_000,
			env: { ...process.env, SITE_URL: '' },
		});
		return { code: 0, out: stdout, err: stderr };
	} catch (e) {
		const x = e as { code: number; stdout: string; stderr: string };
		return { code: x.code, out: x.stdout, err: x.stderr };
	}
}

const dimensionName = model.dimensions.find((d) => d.id === DIMENSION)!.name;

describe('agentops score', () => {
	test('recomputes the levels from the answers and prints them', async () => {
		const r = await cli('score', f.fell);
		expect(r).toMatchObject({ code: EXIT.ok, err: '' });
		expect(r.out).toContain(`${dimensionName}: ${levelLabel(2)}`);
		expect(r.out).toContain('Overall: level 2');
	});

	test('--json prints every dimension with level, score and target', async () => {
		const r = await cli('score', f.baseline, '--json');
		expect(r.code).toBe(EXIT.ok);
		const json = JSON.parse(r.out);
		expect(json).toMatchObject({ format: 'agentops-score', formatVersion: 1, modelVersion: model.meta.version, overall: { level: 3 } });
		expect(json.dimensions).toHaveLength(model.dimensions.length);
		expect(json.dimensions.find((d: { id: string }) => d.id === DIMENSION)).toMatchObject({ level: 3, applicable: true, target: 4 });
	});
});

describe('agentops check', () => {
	test.concurrent('passes when nothing fell below the previous result', async () => {
		const r = await cli('check', f.same, '--against', f.baseline);
		expect(r).toMatchObject({ code: EXIT.ok, err: '' });
		expect(r.out).toContain('Check passed');
	});

	test.concurrent('passes when a dimension went up', async () => {
		expect((await cli('check', f.improved, '--against', f.baseline)).code).toBe(EXIT.ok);
	});

	test.concurrent('fails when a dimension fell, naming it and by how much', async () => {
		const r = await cli('check', f.fell, '--against', f.baseline);
		expect(r.code).toBe(EXIT.below);
		expect(r.out).toContain(`FELL  ${dimensionName}: level 2, was 3 (down 1)`);
		expect(r.out).toContain('Check failed: 1 shortfall.');
		expect(r.out.match(/FELL/g)).toHaveLength(1);
	});

	test.concurrent('fails, the other way round, on the previous result that was better', async () => {
		expect((await cli('check', f.baseline, '--against', f.improved)).code).toBe(EXIT.below);
	});

	test.concurrent('--targets fails below the file’s own targets and passes once they are reached', async () => {
		const below = await cli('check', f.baseline, '--targets');
		expect(below.code).toBe(EXIT.below);
		expect(below.out).toContain(`BELOW TARGET  ${dimensionName}: level 3, target 4 (1 short)`);
		expect(await cli('check', f.atTargets, '--targets')).toMatchObject({ code: EXIT.ok });
		expect((await cli('check', f.atTargets, '--against', f.baseline, '--targets')).code).toBe(EXIT.ok);
	});

	test.concurrent('--json says passed or not, with the shortfalls', async () => {
		const r = await cli('check', f.fell, '--against', f.baseline, '--json');
		expect(r.code).toBe(EXIT.below);
		expect(JSON.parse(r.out)).toMatchObject({
			format: 'agentops-check',
			passed: false,
			shortfalls: [{ id: DIMENSION, against: 'previous', expected: 3, level: 2, by: 1 }],
		});
	});
});

describe('agentops report', () => {
	test.concurrent('prints Markdown: levels with the change, the changes in words, the first roadmap steps', async () => {
		const r = await cli('report', f.fell, '--against', f.baseline, '--site', 'https://portal.example/agentops/');
		expect(r).toMatchObject({ code: EXIT.ok, err: '' });
		expect(r.out).toContain('| Dimension | Level | Score (1–5) | Target | Previous | Change |');
		expect(r.out).toContain(`| ${dimensionName} | ${levelLabel(2)} | `);
		expect(r.out).toContain(`- ${dimensionName}: ${levelLabel(3)} → ${levelLabel(2)} (Down 1)`);
		expect(r.out).toMatch(/### First roadmap steps \(3 of \d+\)/);
		expect(r.out.match(/^- \[ \] \*\*/gm)).toHaveLength(3);
		expect(r.out).toMatch(/<https:\/\/portal\.example\/agentops\/docs\/[^>]+>/);
	});

	test.concurrent('without a previous result or a site address: no change columns, links as site paths', async () => {
		const r = await cli('report', f.same);
		expect(r.code).toBe(EXIT.ok);
		expect(r.out).toContain('| Dimension | Level | Score (1–5) | Target |\n');
		expect(r.out).not.toContain('Changes since');
		expect(r.out).toMatch(/From \S*same\.json, made 2026-12-01/);
		expect(r.out).toMatch(/<\/docs\/[^>]+>/);
	});
});

describe('bad input: one exit code and one sentence per kind', () => {
	test.concurrent.each([
		['a missing file', () => ['score', f.missing], EXIT.input, 'No such file'],
		['a folder', () => ['score', f.folder], EXIT.input, 'Not a file'],
		['a missing previous file', () => ['check', f.same, '--against', f.missing], EXIT.input, 'No such file'],
		['text that is not JSON', () => ['score', f.notJson], EXIT.unreadable, INPUT_PROBLEM_TEXT['not-ours']],
		['JSON that is not a result file', () => ['check', f.notResult, '--targets'], EXIT.unreadable, INPUT_PROBLEM_TEXT['not-ours']],
		['a cut-off file', () => ['report', f.truncated], EXIT.unreadable, INPUT_PROBLEM_TEXT.truncated],
		['a newer format version', () => ['score', f.newerFormat], EXIT.unreadable, INPUT_PROBLEM_TEXT['unknown-format']],
		['edited levels', () => ['score', f.tampered], EXIT.tampered, INPUT_PROBLEM_TEXT.tampered],
		['edited levels in the previous file', () => ['check', f.same, '--against', f.tampered], EXIT.tampered, 'tampered.json: '],
		['a newer model', () => ['check', f.newerModel, '--targets'], EXIT.model, INPUT_PROBLEM_TEXT['newer-model']],
		['no file named', () => ['check'], EXIT.usage, 'Name the result file'],
		['nothing to check against', () => ['check', f.same], EXIT.usage, 'Say what to check against'],
		['an option of another command', () => ['score', f.same, '--targets'], EXIT.usage, 'Unknown option "--targets"'],
		['--against without a file', () => ['check', f.same, '--against'], EXIT.usage, 'Option --against needs a value'],
	])('%s', async (_name, args, code, message) => {
		const r = await cli(...args());
		expect(r.code).toBe(code);
		expect(r.err).toContain(message);
		expect(r.out).toBe('');
	});

	test.concurrent('the refusal names the file and the problem as the site names it', async () => {
		const r = await cli('score', f.tampered);
		expect(r.err).toContain(
			`${f.tampered}: ${INPUT_PROBLEM_TEXT.tampered} (tampered: the level written for "${DIMENSION}" does not follow from the answers)`,
		);
	});

	test.concurrent('--help lists the commands and every exit code, and says staleness is not checked', async () => {
		const r = await cli('--help');
		expect(r.code).toBe(EXIT.ok);
		for (const c of ['agentops score', 'agentops check', 'agentops report']) expect(r.out).toContain(c);
		for (const code of Object.values(EXIT)) expect(r.out).toMatch(new RegExp(`[:;] ${code} `));
		expect(r.out).toContain('stale evidence is not checked');
	});
});
