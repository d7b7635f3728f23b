/**
 * What was dropped on the picker: a .zip, or files and folders walked through the File and
 * Directory Entries API (DataTransferItem.webkitGetAsEntry). The entries are taken while the drop
 * event runs (the browser empties the DataTransfer afterwards); folders the scan ignores
 * (node_modules, .git…) are never walked, so a large checkout lists quickly.
 */
import { IGNORED_FOLDERS } from '../../lib/evidence/skip';
import type { PickedItem, ToWorker } from './protocol';

const ignored = new Set<string>(IGNORED_FOLDERS);

/** Call synchronously in the drop handler; resolves to what to scan, or null when nothing usable was dropped. */
export function fromDrop(data: DataTransfer): Promise<ToWorker | null> {
	const entries = [...data.items]
		.filter((i) => i.kind === 'file')
		.map((i) => i.webkitGetAsEntry())
		.filter((e): e is FileSystemEntry => e !== null);
	const files = [...data.files];
	if (entries.length === 0 && files.length === 1 && /\.zip$/i.test(files[0]!.name))
		return Promise.resolve({ kind: 'zip', file: files[0]! });
	return walkAll(entries);
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** One batch of a folder's entries; readEntries returns them in batches until an empty one. */
const batch = (reader: FileSystemDirectoryReader) =>
	new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));

async function walkAll(entries: FileSystemEntry[]): Promise<ToWorker | null> {
	if (entries.length === 1 && entries[0]!.isFile && /\.zip$/i.test(entries[0]!.name)) {
		return { kind: 'zip', file: await fileOf(entries[0] as FileSystemFileEntry) };
	}
	const files: PickedItem[] = [];
	const walk = async (entry: FileSystemEntry, top: boolean): Promise<void> => {
		if (entry.isFile) {
			try {
				files.push({ path: entry.fullPath, file: await fileOf(entry as FileSystemFileEntry) });
			} catch {
				// A file that vanished since the drop: nothing to read.
			}
			return;
		}
		// The dropped folder itself is read whatever its name; ignored folders below it are not walked.
		if (!entry.isDirectory || (!top && ignored.has(entry.name))) return;
		const reader = (entry as FileSystemDirectoryEntry).createReader();
		for (let more = await batch(reader); more.length > 0; more = await batch(reader)) {
			for (const child of more) await walk(child, false);
		}
	};
	for (const entry of entries) await walk(entry, true);
	return files.length > 0 ? { kind: 'files', files } : null;
}
