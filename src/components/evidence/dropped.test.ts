/**
 * A dropped folder, walked through fake File and Directory Entries (Playwright cannot drop a
 * folder, so the e2e tests use the picker): folders read in batches until an empty one, ignored
 * folders below the dropped one never walked, the dropped folder read whatever its name, a
 * dropped .zip handed over as one.
 */
import { describe, expect, test } from 'vitest';
import { fromDrop } from './dropped';

type Fake = { name: string; fullPath: string; isFile: boolean; isDirectory: boolean };
let walked: string[] = [];

const file = (fullPath: string): Fake & { file: (ok: (f: File) => void) => void } => ({
	name: fullPath.split('/').pop()!,
	fullPath,
	isFile: true,
	isDirectory: false,
	file: (ok) => ok(new File(['x'], fullPath.split('/').pop()!)),
});

/** A folder whose reader returns its children two at a time, then an empty batch. */
const folder = (fullPath: string, children: Fake[]) => ({
	name: fullPath.split('/').pop()!,
	fullPath,
	isFile: false,
	isDirectory: true,
	createReader: () => {
		walked.push(fullPath);
		let at = 0;
		return {
			readEntries: (ok: (e: Fake[]) => void) => {
				ok(children.slice(at, at + 2));
				at += 2;
			},
		};
	},
});

const drop = (entries: Fake[], files: File[] = []) =>
	({
		items: entries.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e })),
		files,
	}) as unknown as DataTransfer;

describe('a dropped folder', () => {
	test('every file, in every batch; ignored folders below it are never opened', async () => {
		walked = [];
		const tree = folder('/build', [
			file('/build/AGENTS.md'),
			folder('/build/.github', [folder('/build/.github/workflows', [file('/build/.github/workflows/ci.yml')])]),
			folder('/build/node_modules', [file('/build/node_modules/x/AGENTS.md')]),
			file('/build/a.md'),
			file('/build/b.md'),
		]);
		const r = await fromDrop(drop([tree]));
		expect(r?.kind).toBe('files');
		expect(r?.kind === 'files' && r.files.map((f) => f.path).sort()).toEqual([
			'/build/.github/workflows/ci.yml',
			'/build/AGENTS.md',
			'/build/a.md',
			'/build/b.md',
		]);
		// The dropped folder is named "build" (an ignored name) and is still read; node_modules below it is not.
		expect(walked).toContain('/build');
		expect(walked).not.toContain('/build/node_modules');
	});

	test('a dropped .zip is read as an archive', async () => {
		const zip = file('/repo.zip');
		const r = await fromDrop(drop([zip]));
		expect(r).toMatchObject({ kind: 'zip' });
	});

	test('an empty folder gives nothing to check', async () => {
		expect(await fromDrop(drop([folder('/empty', [])]))).toBeNull();
	});
});
