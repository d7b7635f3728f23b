/**
 * The evidence scan off the page's thread, so a large tree never freezes the page: reads each
 * picked file (or the .zip) here and reports progress at most every 100 ms. Cancel terminates
 * the worker; nothing it read is kept.
 */
import { EVIDENCE_RULES } from '../../lib/evidence/rules';
import { scanPicked, type PickedFile } from '../../lib/evidence/run';
import { MAX_ZIP_BYTES, zipFiles } from '../../lib/evidence/zip';
import type { FromWorker, PickedItem, ToWorker, WorkerMessage } from './protocol';

const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null };
const post = (m: FromWorker) => scope.postMessage(m);

async function picked(input: ToWorker): Promise<PickedFile[] | null> {
	if (input.kind === 'files') return input.files.map(({ path, file }) => ({ path, size: file.size, read: () => file.text() }));
	if (input.file.size > MAX_ZIP_BYTES) {
		post({ kind: 'failed', problem: 'zip-too-large', size: input.file.size });
		return null;
	}
	try {
		return zipFiles(new Uint8Array(await input.file.arrayBuffer()));
	} catch {
		post({ kind: 'failed', problem: 'zip-unreadable' });
		return null;
	}
}

/** Picked files arrive in chunks until 'end' (see protocol.ts); a .zip in one message. */
const chunks: PickedItem[] = [];

scope.onmessage = (e) => {
	const m = e.data;
	if (m.kind === 'files') chunks.push(...m.files);
	else void run(m.kind === 'end' ? { kind: 'files', files: chunks } : m);
};

async function run(input: ToWorker) {
	const files = await picked(input);
	if (!files) return;
	let last = 0;
	const scan = await scanPicked(files, EVIDENCE_RULES, (done, total) => {
		const now = Date.now();
		if (done === total || now - last >= 100) {
			last = now;
			post({ kind: 'progress', done, total });
		}
	});
	post({ kind: 'done', scan });
}
