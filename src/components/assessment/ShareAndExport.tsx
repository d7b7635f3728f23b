/**
 * On the results page: the share link, Markdown and CSV exports, and the history snapshot.
 *
 * Snapshot rule: when every in-scope question is answered, reaching the results keeps the
 * assessment in the history automatically (a completed assessment is what the quarterly
 * comparison needs, and asking every time is easy to forget). Coming back with the same answers
 * adds no copy, it only updates the targets. With questions still open, nothing is kept
 * automatically and a "Save to history" button is offered instead.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { SHARE_TEXT as T } from '../../lib/assessment/messages';
import type { Answers, Context, Model } from '../../lib/assessment/model';
import type { Plan } from '../../lib/assessment/plan';
import type { Targets } from '../../lib/assessment/roadmap';
import { encodeShare, SHARE_PARAM } from '../../lib/assessment/share';
import type { SharedAssessment } from '../../lib/assessment/shared';
import { answeredCount, assessmentSteps } from '../../lib/assessment/steps';
import { href } from '../../lib/paths';
import { $history, loadHistory, saveToHistory } from '../../stores/assessment';

/** What the last save to history did: a failed or refused save is said, never left silent. */
type Kept = 'no' | 'kept' | 'full' | 'failed';
const kept = (r: ReturnType<typeof saveToHistory>): Kept => (r === null ? 'failed' : 'full' in r ? 'full' : 'kept');
import { downloadText } from '../download';
import { absolute, exporters } from './files';
import { routes } from '../../lib/routes';
import TrackerExports from './TrackerExports';

type Props = { model: Model; context: Context; answers: Answers; targets: Targets; plan?: Plan | undefined };

export default function ShareAndExport({ model, context, answers, targets, plan }: Props) {
	const history = useStore($history);
	const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
	const [saved, setSaved] = useState<Kept>('no');
	useEffect(() => void loadHistory(), []);

	const { answered, total } = answeredCount(assessmentSteps(model, context), answers);
	const complete = answered === total;
	const assessment = (): SharedAssessment => ({
		modelVersion: model.meta.version,
		createdAt: new Date().toISOString(),
		context,
		answers,
		targets,
		...(plan ? { plan } : {}),
	});
	const key = JSON.stringify([context, answers, targets]);

	useEffect(() => {
		if (history.kind === 'ready' && complete) setSaved(kept(saveToHistory(assessment())));
		// Re-run only when the answers or targets change (key), not on every new assessment() object.
	}, [history.kind, key, complete]);

	// encodeShare carries no plan: owners' names stay out of URLs (they travel in the JSON download).
	const link = `${absolute(href(routes.assessment.shared))}#${SHARE_PARAM}=${encodeShare(model, assessment())}`;
	const date = new Date().toISOString().slice(0, 10);
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(link);
			setCopyState('copied');
		} catch {
			setCopyState('failed');
		}
	};

	return (
		<section class="card stack no-print" aria-labelledby="share-title">
			<h2 id="share-title">{T.heading}</h2>
			<p class="hint">{T.intro}</p>
			<div>
				<label for="share-link">{T.linkLabel}</label>{' '}
				<span class="hint" id="share-length">
					({T.length(link.length)})
				</span>
				<input
					id="share-link"
					class="share-link"
					type="text"
					readOnly
					value={link}
					aria-describedby="share-length"
					onFocus={(e) => e.currentTarget.select()}
				/>
			</div>
			<div class="actions">
				<button type="button" class="primary" onClick={copy}>
					{T.copy}
				</button>
				<button
					type="button"
					onClick={async () =>
						downloadText(
							`agentops-assessment-${date}.md`,
							(await exporters()).markdownReport(model, assessment(), absolute),
							'text/markdown',
						)
					}
				>
					{T.markdown}
				</button>
				<button
					type="button"
					onClick={async () =>
						downloadText(`agentops-roadmap-${date}.csv`, (await exporters()).roadmapCsv(model, assessment(), absolute), 'text/csv')
					}
				>
					{T.csv}
				</button>
			</div>
			<p role="status" class="hint">
				{copyState === 'copied' ? T.copied : copyState === 'failed' ? T.copyFailed : ''}
			</p>
			<TrackerExports model={model} assessment={assessment} />
			{history.kind === 'problem' ? (
				<p>{T.historyBlocked}</p>
			) : saved === 'kept' ? (
				<p>{T.savedToHistory}</p>
			) : saved === 'full' ? (
				<p class="alert" role="alert">
					{T.historyFull}
				</p>
			) : (
				history.kind === 'ready' &&
				(saved === 'failed' || !complete) && (
					<p class={saved === 'failed' ? 'alert' : undefined} role={saved === 'failed' ? 'alert' : undefined}>
						{saved === 'failed' ? T.historySaveFailed : T.incomplete}{' '}
						<button type="button" onClick={() => setSaved(kept(saveToHistory(assessment())))}>
							{saved === 'failed' ? T.retrySave : T.saveToHistory}
						</button>
					</p>
				)
			)}
			<p>
				<a href={href(routes.assessment.history)}>{T.history}</a> · <a href={href(routes.assessment.shared)}>{T.openFile}</a> ·{' '}
				<a href={href(routes.assessment.team)}>{T.team}</a> · <a href={href(routes.assessment.resultFormat)}>{T.format}</a>
			</p>
		</section>
	);
}
