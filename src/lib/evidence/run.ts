/**
 * The scan of picked files, read one at a time: what the browser worker runs on a picked folder
 * or a .zip. Each file is decided on by its path and size before it is read (skip.ts), so
 * node_modules, binaries and large files are never opened; a file that cannot be read (removed or
 * changed since it was picked) is counted and checked by path only, never a reason to stop.
 */
import { relativePaths } from './picked';
import { createScanner } from './scan';
import { isIgnoredPath, shouldReadText } from './skip';
import type { EvidenceRule, ScanResult } from './types';

/** Files read at once: enough to keep the disk busy, few enough to hold little text in memory. */
const READ_AHEAD = 16;

/** One picked file: its path as picked, its size, and a way to read its text. */
export type PickedFile = { path: string; size: number; read: () => Promise<string> };

export type FolderScan = ScanResult & {
	/** Files checked (every picked file outside ignored folders). */
	total: number;
	/** Files that should have been read but could not be. */
	unreadable: string[];
};

/**
 * Scans the files; `onProgress(done, total)` after each file checked (ignored folders do not
 * count: they are dropped first). The paths are made relative to the picked folder (picked.ts).
 */
export async function scanPicked(
	files: readonly PickedFile[],
	rules: readonly EvidenceRule[],
	onProgress: (done: number, total: number) => void = () => {},
): Promise<FolderScan> {
	const scanner = createScanner(rules);
	const paths = relativePaths(files.map((f) => f.path));
	const kept: { path: string; file: PickedFile }[] = [];
	files.forEach((file, i) => {
		const path = paths[i]!;
		if (isIgnoredPath(path)) scanner.add({ path, size: file.size });
		else kept.push({ path, file });
	});
	const unreadable: string[] = [];
	const read = ({ path, file }: (typeof kept)[number]): Promise<string | undefined> =>
		shouldReadText(path, file.size)
			? file.read().catch(() => {
					unreadable.push(path);
					return undefined;
				})
			: Promise.resolve(undefined);
	let done = 0;
	// A few reads at a time (each waits on the disk), added in the order picked.
	for (let start = 0; start < kept.length; start += READ_AHEAD) {
		const window = kept.slice(start, start + READ_AHEAD);
		const texts = await Promise.all(window.map(read));
		window.forEach(({ path, file }, i) => {
			const text = texts[i];
			scanner.add(text === undefined ? { path, size: file.size } : { path, size: file.size, text });
			onProgress(++done, kept.length);
		});
	}
	return { ...scanner.result(), total: kept.length, unreadable };
}
