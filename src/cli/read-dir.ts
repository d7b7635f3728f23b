/**
 * A folder on disk as scan entries: the command line's (and the tests') counterpart of the
 * browser's directory picker. Applies the same skip rules before reading, so ignored folders are
 * never walked and large or binary files are never read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isIgnoredPath, MAX_TEXT_BYTES, shouldReadText } from '../lib/evidence/skip';
import type { ScanEntry } from '../lib/evidence/types';

export function readDir(root: string, limit = MAX_TEXT_BYTES): ScanEntry[] {
	const entries: ScanEntry[] = [];
	const walk = (dir: string) => {
		for (const d of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, d.name);
			const path = relative(root, full).split(sep).join('/');
			if (d.isDirectory()) {
				// A folder is ignored whole: test a file path inside it.
				if (!isIgnoredPath(`${path}/x`)) walk(full);
			} else if (d.isFile()) {
				const size = statSync(full).size;
				entries.push(shouldReadText(path, size, limit) ? { path, size, text: readFileSync(full, 'utf8') } : { path, size });
			}
		}
	};
	walk(root);
	return entries.sort((a, b) => (a.path < b.path ? -1 : 1));
}
