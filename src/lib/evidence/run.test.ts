/** The browser's scan of picked files and .zip archives agrees with the command line's scan of the same folder. */
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readDir } from '../../cli/read-dir';
import { EVIDENCE_RULES } from './rules';
import { scanPicked, type PickedFile } from './run';
import { scanEntries } from './scan';
import { MAX_TEXT_BYTES } from './skip';
import { zipFiles } from './zip';

const FIXTURE = 'tests/fixtures/evidence/well-run';
/** The fixture as a directory picker gives it: every path under the chosen folder's name. */
const picked = (): PickedFile[] =>
	readDir(FIXTURE).map((e) => ({ path: `well-run/${e.path}`, size: e.size, read: async () => e.text ?? '' }));
const never = (path: string, size: number): PickedFile => ({
	path,
	size,
	read: () => {
		throw new Error(`${path} must not be read`);
	},
});

describe('scan of picked files', () => {
	test('finds what the command line finds in the same folder, with the same paths and lines', async () => {
		const browser = await scanPicked(picked(), EVIDENCE_RULES);
		const cli = scanEntries(readDir(FIXTURE), EVIDENCE_RULES);
		expect(browser.findings).toEqual(cli.findings);
		expect(browser.findings.map((f) => `${f.path}:${f.line}`)).toContain('.github/workflows/ci.yml:17');
	});

	test('never opens ignored folders, binaries or large files, and reports progress per file checked', async () => {
		const progress: [number, number][] = [];
		const files = [
			...picked(),
			never('well-run/node_modules/left-pad/AGENTS.md', 100),
			never('well-run/logo.png', 100),
			never('well-run/data/huge.json', MAX_TEXT_BYTES + 1),
		];
		const r = await scanPicked(files, EVIDENCE_RULES, (done, total) => progress.push([done, total]));
		const count = picked().length + 2; // node_modules is dropped before counting
		expect(r.total).toBe(count);
		expect(progress.at(-1)).toEqual([count, count]);
		expect(progress).toHaveLength(count);
		expect(r.skipped).toEqual(
			expect.arrayContaining([
				{ path: 'node_modules/left-pad/AGENTS.md', reason: 'ignored-folder' },
				{ path: 'logo.png', reason: 'binary' },
				{ path: 'data/huge.json', reason: 'too-large' },
			]),
		);
		expect(r.findings.some((f) => f.path.startsWith('node_modules/'))).toBe(false);
	});

	test('a file that cannot be read is named and the scan goes on', async () => {
		const files = [...picked(), { path: 'well-run/gone.yml', size: 10, read: () => Promise.reject(new Error('NotReadableError')) }];
		const r = await scanPicked(files, EVIDENCE_RULES);
		expect(r.unreadable).toEqual(['gone.yml']);
		expect(r.findings.length).toBeGreaterThan(0);
	});
});

describe('a .zip of the repository', () => {
	const zipOf = (root: string) =>
		zipSync(
			Object.fromEntries([
				...readDir(FIXTURE).map((e) => [`${root}${e.path}`, strToU8(e.text ?? '')] as const),
				[`${root}big.log`, new Uint8Array(MAX_TEXT_BYTES + 10)] as const,
			]),
		);

	test('with one top folder (as a forge downloads it): the same findings as the folder', async () => {
		const r = await scanPicked(zipFiles(zipOf('well-run-main/')), EVIDENCE_RULES);
		expect(r.findings).toEqual(scanEntries(readDir(FIXTURE), EVIDENCE_RULES).findings);
		expect(r.skipped).toContainEqual({ path: 'big.log', reason: 'too-large' });
		expect(r.unreadable).toEqual([]);
	});

	test('with its files at the top: the same findings', async () => {
		const r = await scanPicked(zipFiles(zipOf('')), EVIDENCE_RULES);
		expect(r.findings).toEqual(scanEntries(readDir(FIXTURE), EVIDENCE_RULES).findings);
	});

	test('bytes that are not a .zip throw (the page says the file could not be read)', () => {
		expect(() => zipFiles(strToU8('not a zip at all, just text'))).toThrow();
	});
});
