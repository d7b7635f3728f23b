/**
 * /assessment/backups/: the saved progress and histories set aside before they were replaced,
 * newest first, each with a download and a restore. Restoring asks first, and sets what is saved
 * now aside before putting the backup back (stores/backups.ts). An unreadable list is shown as a
 * problem and left as it is until the person chooses to start a new one.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { backupFileName, newestFirst, type Backup } from '../../lib/assessment/backups';
import type { BackupSummary } from '../../lib/assessment/backups-reader';
import { AUDIENCE_TEXT, BACKUPS_TEXT as T, SCALE_TEXT } from '../../lib/assessment/messages';
import type { Model } from '../../lib/assessment/model';
import { href } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { $backups, loadBackups, restoreBackup, startNewBackups, type RestoreOutcome } from '../../stores/backups';
import { downloadText } from '../download';
import ReplaceNote, { when } from './ReplaceNote';
import { withModel } from './with-model';

export default withModel(Backups);

type Summaries = Map<string, BackupSummary>;

function Backups({ model }: { model: Model }) {
	const status = useStore($backups);
	const [summaries, setSummaries] = useState<Summaries>(new Map());
	useEffect(() => void loadBackups(), []);
	// Each backup read as the live value would be (the readers load with the list anyway).
	useEffect(() => {
		if (status.kind !== 'ready') return;
		void import('../../lib/assessment/readers').then(({ readBackup }) =>
			setSummaries(new Map(status.backups.backups.map((b) => [b.id, readBackup(b, model)]))),
		);
	}, [status, model]);

	if (status.kind === 'loading') return <p class="history-status">{T.loading}</p>;
	if (status.kind === 'problem') return <ListProblem problem={status.problem} detail={status.detail} raw={status.raw} />;
	const backups = newestFirst(status.backups);
	if (backups.length === 0) return <p class="history-status">{T.empty}</p>;
	return (
		<ol class="history-list" aria-label={T.listLabel}>
			{backups.map((b) => (
				<BackupItem key={b.id} backup={b} summary={summaries.get(b.id)} model={model} />
			))}
		</ol>
	);
}

function summaryText(s: BackupSummary | undefined): string {
	if (!s) return '';
	if (!s.readable) return T.unreadable(s.detail);
	if (s.of === 'history') return T.snapshots(s.snapshots);
	const context = s.context ? `${SCALE_TEXT[s.context.scale]}; ${AUDIENCE_TEXT[s.context.audience]}` : T.noContext;
	return `${T.answers(s.answered)} · ${context}`;
}

function BackupItem({ backup: b, summary, model }: { backup: Backup; summary: BackupSummary | undefined; model: Model }) {
	const [step, setStep] = useState<'idle' | 'confirm' | RestoreOutcome>('idle');
	const kind = T.kind[b.of];
	const date = when(b.setAsideAt);
	const restore = async (dropOldest = false) => setStep(await restoreBackup(b.id, model, { dropOldest }));
	const done = typeof step === 'object' && step.ok;
	return (
		<li class="card stack">
			<h2 class="history-list__name">
				{T.heading(kind)}
				<time dateTime={b.setAsideAt}>{date}</time>
			</h2>
			<p>
				{T.reason[b.reason]} {summaryText(summary)}
			</p>
			<div class="actions">
				<button type="button" aria-label={T.downloadLabel(kind, date)} onClick={() => downloadText(backupFileName(b), b.raw)}>
					{T.download}
				</button>
				{summary?.readable && (
					<button type="button" aria-label={T.restoreLabel(kind, date)} onClick={() => setStep('confirm')}>
						{T.restore}
					</button>
				)}
			</div>
			{step === 'confirm' && (
				<div class="alert" role="alert">
					<p>{T.confirmRestore[b.of]}</p>
					<div class="actions">
						<button type="button" class="primary" onClick={() => restore()}>
							{T.confirm}
						</button>
						<button type="button" onClick={() => setStep('idle')}>
							{T.cancel}
						</button>
					</div>
				</div>
			)}
			{typeof step === 'object' && <ReplaceNote outcome={step} onGoOn={() => restore(true)} onCancel={() => setStep('idle')} />}
			<p role="status">
				{done && (
					<>
						{T.restored[b.of]}{' '}
						<a href={href(b.of === 'progress' ? routes.assessment.index : routes.assessment.history)}>{T.openRestored[b.of]}</a>
					</>
				)}
			</p>
		</li>
	);
}

function ListProblem({ problem, detail, raw }: { problem: keyof typeof T.problem; detail: string; raw: string }) {
	const [confirming, setConfirming] = useState(false);
	const [failed, setFailed] = useState(false);
	return (
		<div class="alert stack" role="alert">
			<h2>{T.problemHeading}</h2>
			<p>{T.problem[problem]}</p>
			<p>
				<small>{T.technical(detail)}</small>
			</p>
			<p>{T.kept}</p>
			<div class="actions">
				<button type="button" onClick={() => downloadText('agentops-backups-as-stored.json', raw)}>
					{T.downloadRaw}
				</button>
				<button type="button" onClick={() => setConfirming(true)}>
					{T.startNew}
				</button>
			</div>
			{confirming && (
				<div class="stack">
					<p>{T.confirmStartNew}</p>
					<div class="actions">
						<button type="button" class="primary" onClick={() => setFailed(!startNewBackups())}>
							{T.confirmStartNewButton}
						</button>
						<button type="button" onClick={() => setConfirming(false)}>
							{T.cancel}
						</button>
					</div>
				</div>
			)}
			{failed && <p>{T.saveFailed}</p>}
		</div>
	);
}
