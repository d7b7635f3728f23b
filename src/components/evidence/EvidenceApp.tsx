/**
 * The evidence page: pick a folder or a .zip, scan it in a worker (progress, Cancel), then the
 * results against the saved assessment. Scan results live only in this island (nothing of the
 * files is stored); answers change only through the store's acceptProposals, on a click.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Model } from '../../lib/assessment/model';
import { EVIDENCE_TEXT as T } from '../../lib/evidence/messages';
import { commonRoot } from '../../lib/evidence/picked';
import type { FolderScan } from '../../lib/evidence/run';
import { $state, $status, loadAssessment } from '../../stores/assessment';
import SavedProblem from '../assessment/SavedProblem';
import { withModel } from '../assessment/with-model';
import EvidenceResults from './EvidenceResults';
import Picker from './Picker';
import type { ToWorker } from './protocol';
import { startScan, type Outcome } from './scan-client';

type Phase =
	| { kind: 'idle' }
	| { kind: 'listing' }
	| { kind: 'scanning'; done: number; total: number }
	| { kind: 'stopped'; message: string }
	| { kind: 'done'; scan: FolderScan; name: string };

/** Screen readers hear the progress at most this often; the bar moves with every report. */
const ANNOUNCE_MS = 2500;

export default withModel(EvidenceApp);

function EvidenceApp({ model, read }: { model: Model; read: string[] }) {
	const practicesRead = useMemo(() => new Set(read), [read]);
	useEffect(() => void loadAssessment(model, { offerResume: false }), [model]);
	const status = useStore($status);
	const state = useStore($state);
	const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
	const [announced, setAnnounced] = useState('');
	const cancel = useRef<(() => void) | null>(null);
	const message = useRef<HTMLParagraphElement>(null);
	const lastAnnounce = useRef(0);
	const progress = useRef({ done: 0, total: 0 });

	useEffect(() => () => cancel.current?.(), []);
	useEffect(() => {
		if (phase.kind === 'stopped') message.current?.focus();
	}, [phase.kind]);

	const run = async (input: ToWorker | null, name: string) => {
		if (!input || (input.kind === 'files' && input.files.length === 0)) return setPhase({ kind: 'stopped', message: T.empty });
		setPhase({ kind: 'scanning', done: 0, total: input.kind === 'files' ? input.files.length : 0 });
		setAnnounced(T.listing);
		lastAnnounce.current = Date.now();
		progress.current = { done: 0, total: 0 };
		const job = startScan(input, (done, total) => {
			progress.current = { done, total };
			setPhase({ kind: 'scanning', done, total });
			const now = Date.now();
			if (now - lastAnnounce.current >= ANNOUNCE_MS) {
				lastAnnounce.current = now;
				setAnnounced(T.progress(done, total));
			}
		});
		cancel.current = job.cancel;
		const outcome: Outcome = await job.outcome;
		cancel.current = null;
		setAnnounced('');
		if (outcome.kind === 'done') setPhase({ kind: 'done', scan: outcome.scan, name });
		else if (outcome.kind === 'cancelled')
			setPhase({ kind: 'stopped', message: T.cancelled(progress.current.done, progress.current.total) });
		else
			setPhase({
				kind: 'stopped',
				message:
					outcome.problem === 'zip-too-large'
						? T.zipTooLarge(outcome.size ?? 0)
						: outcome.problem === 'zip-unreadable'
							? T.zipUnreadable
							: T.failed,
			});
	};

	const nameOf = (input: ToWorker | null) =>
		!input ? '' : input.kind === 'zip' ? input.file.name : (commonRoot(input.files.map((f) => f.path)) ?? input.files[0]?.path ?? '');

	if (status.kind === 'problem') return <SavedProblem problem={status.problem} detail={status.detail} raw={status.raw} />;
	const busy = phase.kind === 'scanning' || phase.kind === 'listing';

	return (
		<div class="evidence stack">
			{phase.kind !== 'done' && (
				<Picker
					disabled={busy}
					onListing={() => (setPhase({ kind: 'listing' }), setAnnounced(T.listing))}
					onPicked={(input) => void run(input, nameOf(input))}
				/>
			)}
			{/* Always in the page, so its first message is announced; visible progress is the bar below. */}
			<p role="status" class="visually-hidden">
				{announced}
			</p>
			{busy && (
				<div class="evidence__progress stack">
					{phase.kind === 'scanning' && phase.total > 0 ? (
						<p>
							<progress max={phase.total} value={phase.done} aria-label={T.progressLabel} /> {T.progress(phase.done, phase.total)}
						</p>
					) : (
						<p>{T.listing}</p>
					)}
					<button type="button" onClick={() => cancel.current?.()}>
						{T.cancel}
					</button>
				</div>
			)}
			{phase.kind === 'stopped' && (
				<p ref={message} tabIndex={-1} class="note">
					{phase.message}
				</p>
			)}
			{phase.kind === 'done' && state && (
				<EvidenceResults
					model={model}
					state={state}
					scan={phase.scan}
					name={phase.name}
					read={practicesRead}
					onAgain={() => setPhase({ kind: 'idle' })}
				/>
			)}
		</div>
	);
}
