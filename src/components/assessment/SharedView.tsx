/**
 * /assessment/shared/: results from a share link (#r=… in the address) or a result file, shown
 * read-only. "Keep as my own" never replaces saved progress without asking first.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { BACKUPS_TEXT, HISTORY_TEXT, MIGRATED_TEXT, RESULTS_TEXT, SHARED_VIEW_TEXT as T } from '../../lib/assessment/messages';
import type { Model } from '../../lib/assessment/model';
import { resultView, type LevelMeaning } from '../../lib/assessment/result-view';
import type { Resource } from '../../lib/assessment/resources';
import { href } from '../../lib/paths';
import {
	$viewed,
	keepViewedAsOwn,
	loadAssessment,
	loadHistory,
	openResultFile,
	openShareLink,
	saveToHistory,
	$state,
	type ReplaceOutcome,
} from '../../stores/assessment';
import { readTextFiles } from './files';
import InputProblem from './InputProblem';
import ReplaceNote from './ReplaceNote';
import ResultsView from './ResultsView';
import { withModel } from './with-model';
import { routes } from '../../lib/routes';

type Props = { model: Model; resources: Resource[]; levels: LevelMeaning[] };

export default withModel(SharedView);

function SharedView({ model, resources, levels }: Props) {
	const viewed = useStore($viewed);
	const state = useStore($state);
	const [keep, setKeep] = useState<'idle' | 'confirm' | 'kept' | ReplaceOutcome>('idle');
	const [historyNote, setHistoryNote] = useState('');

	useEffect(() => {
		void loadAssessment(model, { offerResume: false });
		void loadHistory();
		const read = () => {
			if (location.hash.length > 1) openShareLink(location.href, model);
			setKeep('idle');
			setHistoryNote('');
		};
		read();
		addEventListener('hashchange', read);
		return () => removeEventListener('hashchange', read);
	}, [model]);

	const onFiles = async (files: FileList | null) => {
		const [file] = await readTextFiles(files);
		if (!file) return;
		if ('tooLarge' in file) $viewed.set({ kind: 'problem', problem: 'too-large', detail: file.detail });
		else await openResultFile(file.name, file.text, model);
		setKeep('idle');
		setHistoryNote('');
	};

	const onKeep = async (confirmed: boolean, dropOldest = false) => {
		const r = await keepViewedAsOwn(confirmed, { dropOldest });
		setKeep(r === 'needs-confirm' ? 'confirm' : r.ok ? 'kept' : r);
	};
	const onHistory = () => {
		if (viewed.kind !== 'ok') return;
		const r = saveToHistory(viewed.assessment);
		setHistoryNote(r === null ? HISTORY_TEXT.saveFailed : 'full' in r ? HISTORY_TEXT.full : r.added ? T.addedHistory : T.alreadyHistory);
	};

	return (
		<div class="stack">
			{viewed.kind === 'problem' && <InputProblem heading={T.problemHeading} problem={viewed.problem} detail={viewed.detail} />}
			{viewed.kind === 'none' && <p>{T.nothing}</p>}
			{viewed.kind === 'ok' && (
				<>
					<div class="note">
						<p>
							<strong>{'link' in viewed.source ? T.fromLink : T.fromFile(viewed.source.file)}.</strong> {T.readOnly}
						</p>
						{viewed.migration && <p>{MIGRATED_TEXT(viewed.migration, model.meta.version)}</p>}
						<p>{T.keepIntro}</p>
						<div class="actions">
							<button type="button" class="primary" onClick={() => onKeep(false)} disabled={keep === 'kept'}>
								{T.keep}
							</button>
							<button type="button" onClick={onHistory}>
								{T.addHistory}
							</button>
						</div>
						{keep === 'confirm' && (
							<div class="alert" role="alert">
								<p>
									{T.confirmReplace(state ? Object.keys(state.answers).length : null)}{' '}
									<a href={href(routes.assessment.backups)}>{BACKUPS_TEXT.link}</a>
								</p>
								<div class="actions">
									<button type="button" class="primary" onClick={() => onKeep(true)}>
										{T.replace}
									</button>
									<button type="button" onClick={() => setKeep('idle')}>
										{T.cancel}
									</button>
								</div>
							</div>
						)}
						{typeof keep === 'object' && <ReplaceNote outcome={keep} onGoOn={() => onKeep(true, true)} onCancel={() => setKeep('idle')} />}
						<p role="status">
							{keep === 'kept' && (
								<>
									{T.kept} <a href={href(routes.assessment.results)}>Open your results</a>.
								</>
							)}
							{historyNote}
						</p>
					</div>
					<ResultsView
						view={resultView(model, viewed.assessment, resources)}
						levels={levels}
						note={RESULTS_TEXT.assessedOn(viewed.assessment.createdAt.slice(0, 10))}
						idBase="shared"
					/>
				</>
			)}
			<div class="card">
				<label for="result-file">{T.fileLabel}</label>
				<input id="result-file" type="file" accept="application/json,.json" onChange={(e) => onFiles(e.currentTarget.files)} />
			</div>
		</div>
	);
}
