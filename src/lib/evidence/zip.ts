/**
 * A .zip of a repository as picked files, read in memory with fflate's unzipSync (synchronous, so
 * it runs inside the scan's own worker; fflate's asynchronous unzip would start workers from blob:
 * URLs, which the site's CSP, worker-src 'self', refuses). Only the entries the scan will read are
 * inflated: the filter decides on each entry's path and declared size first, and an entry's output
 * is never larger than its declared size, so a large or crafted archive is not expanded.
 */
import { unzipSync } from 'fflate';
import { relativePaths } from './picked';
import type { PickedFile } from './run';
import { shouldReadText } from './skip';

export { MAX_ZIP_BYTES } from './zip-limits';

/** Stored (0) and deflated (8), the two methods fflate reads; others are checked by path only. */
const readable = (compression: number) => compression === 0 || compression === 8;

/** The files of a .zip; throws when the bytes are not a .zip fflate can read. */
export function zipFiles(bytes: Uint8Array): PickedFile[] {
	const listed: { name: string; size: number; compression: number }[] = [];
	// First pass: the central directory only (the filter refuses every entry, so nothing is inflated).
	unzipSync(bytes, {
		filter: (f) => {
			if (!f.name.endsWith('/')) listed.push({ name: f.name, size: f.originalSize, compression: f.compression });
			return false;
		},
	});
	const paths = relativePaths(listed.map((f) => f.name));
	const wanted = new Set(listed.filter((f, i) => readable(f.compression) && shouldReadText(paths[i]!, f.size)).map((f) => f.name));
	const inflated = wanted.size > 0 ? unzipSync(bytes, { filter: (f) => wanted.has(f.name) }) : {};
	const decoder = new TextDecoder();
	return listed.map((f) => {
		const data = inflated[f.name];
		return {
			path: f.name,
			size: f.size,
			read: data ? async () => decoder.decode(data) : () => Promise.reject(new Error(`${f.name} was not inflated`)),
		};
	});
}
