/** Starts the scan worker for one check and ends it on cancel: the page's only way to the worker. */
import type { FolderScan } from '../../lib/evidence/run';
import type { FromWorker, ScanProblem, ToWorker } from './protocol';

export type Outcome =
	{ kind: 'done'; scan: FolderScan } | { kind: 'failed'; problem: ScanProblem | 'worker'; size?: number } | { kind: 'cancelled' };

export function startScan(
	input: ToWorker,
	onProgress: (done: number, total: number) => void,
): { outcome: Promise<Outcome>; cancel: () => void } {
	const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { type: 'module' });
	let settle!: (o: Outcome) => void;
	const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
	const end = (o: Outcome) => {
		worker.terminate();
		settle(o);
	};
	worker.onmessage = (e: MessageEvent<FromWorker>) => {
		const m = e.data;
		if (m.kind === 'progress') onProgress(m.done, m.total);
		else if (m.kind === 'done') end({ kind: 'done', scan: m.scan });
		else end({ kind: 'failed', problem: m.problem, ...(m.size !== undefined ? { size: m.size } : {}) });
	};
	worker.onerror = (e) => {
		e.preventDefault();
		end({ kind: 'failed', problem: 'worker' });
	};
	worker.postMessage(input);
	return { outcome, cancel: () => end({ kind: 'cancelled' }) };
}
