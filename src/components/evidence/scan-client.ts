/** Starts the scan worker for one check and ends it on cancel: the page's only way to the worker. */
import type { FolderScan } from '../../lib/evidence/run';
import type { FromWorker, ScanProblem, ToWorker, WorkerMessage } from './protocol';

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
	let cancelled = false;
	void post(worker, input, () => cancelled);
	return {
		outcome,
		cancel: () => {
			cancelled = true;
			end({ kind: 'cancelled' });
		},
	};
}

/** Files per message (see protocol.ts): about 50 ms of the page's thread each, measured in Chromium. */
const CHUNK = 200;

async function post(worker: Worker, input: ToWorker, stopped: () => boolean) {
	const send = (m: WorkerMessage) => worker.postMessage(m);
	if (input.kind === 'zip') return send(input);
	for (let i = 0; i < input.files.length; i += CHUNK) {
		if (stopped()) return;
		send({ kind: 'files', files: input.files.slice(i, i + CHUNK) });
		// Let the page draw and take a Cancel between chunks.
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	if (!stopped()) send({ kind: 'end' });
}
