/** Messages between the evidence page and its scan worker (scan-worker.ts). */
import type { FolderScan } from '../../lib/evidence/run';

/** A picked file: its path as picked (webkitRelativePath, or a dropped entry's fullPath). */
export type PickedItem = { path: string; file: File };

export type ToWorker = { kind: 'files'; files: PickedItem[] } | { kind: 'zip'; file: File };

export type ScanProblem = 'zip-too-large' | 'zip-unreadable';

export type FromWorker =
	| { kind: 'progress'; done: number; total: number }
	| { kind: 'done'; scan: FolderScan }
	| { kind: 'failed'; problem: ScanProblem; size?: number };
