/** Messages between the evidence page and its scan worker (scan-worker.ts). */
import type { FolderScan } from '../../lib/evidence/run';

/** A picked file: its path as picked (webkitRelativePath, or a dropped entry's fullPath). */
export type PickedItem = { path: string; file: File };

/** What the page hands the scan: picked files, or one .zip. */
export type ToWorker = { kind: 'files'; files: PickedItem[] } | { kind: 'zip'; file: File };

/**
 * As posted: picked files go in chunks ('files' messages, then 'end'), because cloning a file
 * picked from disk costs the page's thread a little each, and 10,000 in one message held it for
 * seconds (measured in Chromium); between chunks the page draws and answers.
 */
export type WorkerMessage = ToWorker | { kind: 'end' };

export type ScanProblem = 'zip-too-large' | 'zip-unreadable';

export type FromWorker =
	| { kind: 'progress'; done: number; total: number }
	| { kind: 'done'; scan: FolderScan }
	| { kind: 'failed'; problem: ScanProblem; size?: number };
