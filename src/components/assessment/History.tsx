/**
 * /assessment/history/: every completed assessment kept in this browser, with rename, delete,
 * export all, import, and a comparison of any two. An unreadable history is shown as a problem
 * and left untouched until the person decides.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { snapshotAssessment, type Snapshot } from '../../lib/assessment/history';
import { BACKUPS_TEXT, HISTORY_TEXT as T, INPUT_PROBLEM_TEXT } from '../../lib/assessment/messages';
import { levelName, type Model } from '../../lib/assessment/model';
import { scoreAssessment } from '../../lib/assessment/scoring';
import {
	$history,
	$historySaveFailed,
	deleteFromHistory,
	importIntoHistory,
	loadHistory,
	renameInHistory,
	startNewHistory,
	type ImportOutcome,
	type ReplaceOutcome,
} from '../../stores/assessment';
import { href } from '../../lib/paths';
import { routes } from '../../lib/routes';
import ReplaceNote from './ReplaceNote';
import Compare from './Compare';
import { downloadText } from '../download';
import { readTextFiles } from './files';
import InputProblem from './InputProblem';
import { withModel } from './with-model';

type Props = { model: Model };

export default withModel(History);

function History({ model }: Props) {
	const status = useStore($history);
	const saveFailed = useStore($historySaveFailed);
	const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
	const [replaced, setReplaced] = useState<ReplaceOutcome | null>(null);
	useEffect(() => void loadHistory(), []);
	const onStartNew = async (dropOldest = false) => setReplaced(await startNewHistory({ dropOldest }));

	if (status.kind === 'problem') {
		return (
			<div class="stack">
				<InputProblem heading={T.problemHeading} problem={status.problem} detail={status.detail} stored />
				<p>
					{T.kept} <a href={href(routes.assessment.backups)}>{BACKUPS_TEXT.link}</a>
				</p>
				<div class="actions">
					<button type="button" onClick={() => downloadText('agentops-history-as-stored.json', status.raw)}>
						{T.downloadRaw}
					</button>
					<button type="button" class="primary" onClick={() => onStartNew()}>
						{T.startNew}
					</button>
				</div>
				<ReplaceNote outcome={replaced} onGoOn={() => onStartNew(true)} onCancel={() => setReplaced(null)} />
			</div>
		);
	}

	// While loading (and on the server) the page has the shape of an empty history, so nothing
	// moves when the saved one arrives for a first-time visitor.
	const loading = status.kind === 'loading';
	const snapshots = loading ? [] : status.history.snapshots;
	const onImport = async (files: FileList | null) => {
		const picked = await readTextFiles(files);
		const outcomes: ImportOutcome[] = [];
		for (const f of picked) {
			if ('tooLarge' in f) outcomes.push({ source: f.name, ok: false, problem: 'too-large', detail: f.detail });
			else outcomes.push(...(await importIntoHistory([f], model)));
		}
		setOutcomes(outcomes);
	};

	return (
		<div class="stack">
			{saveFailed && (
				<p class="alert" role="alert">
					{T.saveFailed}
				</p>
			)}
			{loading || snapshots.length === 0 ? (
				<p class="history-status">{loading ? T.loading : T.empty}</p>
			) : (
				<SnapshotList model={model} snapshots={snapshots} />
			)}
			<div class="card stack">
				<div class="actions">
					<button
						type="button"
						disabled={snapshots.length === 0}
						onClick={() =>
							!loading &&
							downloadText(`agentops-history-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(status.history, null, 2))
						}
					>
						{T.exportAll}
					</button>
				</div>
				<div>
					<label for="history-import">{T.import}</label>
					<input
						id="history-import"
						type="file"
						multiple
						accept="application/json,.json"
						disabled={loading}
						onChange={(e) => onImport(e.currentTarget.files)}
					/>
				</div>
				<div role="status">
					<ul class="outcomes">
						{outcomes.map((o, i) => (
							<li key={i} class={o.ok ? '' : 'outcome--bad'}>
								{o.source}:{' '}
								{o.ok ? T.imported(o.added, o.skipped) : o.problem === 'full' ? o.detail : `${INPUT_PROBLEM_TEXT[o.problem]} (${o.detail})`}
							</li>
						))}
					</ul>
				</div>
			</div>
			<CompareSection model={model} snapshots={snapshots} />
		</div>
	);
}

function SnapshotList({ model, snapshots }: { model: Model; snapshots: Snapshot[] }) {
	const [editing, setEditing] = useState<string | null>(null);
	const [deleting, setDeleting] = useState<string | null>(null);
	const [draft, setDraft] = useState('');
	return (
		<ol class="history-list">
			{[...snapshots].reverse().map((s) => {
				const a = snapshotAssessment(s, model);
				const overall = a.ok ? scoreAssessment(model, a.value.context, a.value.answers).overall.level : null;
				return (
					<li key={s.id} class="card">
						<h2 class="history-list__name">{s.name}</h2>
						<p>
							<time dateTime={s.createdAt}>{s.createdAt.slice(0, 10)}</time> ·{' '}
							{overall !== null ? T.overall(overall, levelName(overall)) : `${T.unusable}: ${a.ok ? '' : INPUT_PROBLEM_TEXT[a.problem]}`}
						</p>
						{editing === s.id ? (
							<form
								class="actions"
								onSubmit={(e) => {
									e.preventDefault();
									renameInHistory(s.id, draft);
									setEditing(null);
								}}
							>
								<label class="visually-hidden" for={`name-${s.id}`}>
									{T.nameLabel(s.name)}
								</label>
								<input id={`name-${s.id}`} type="text" maxLength={120} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
								<button type="submit" class="primary">
									{T.save}
								</button>
								<button type="button" onClick={() => setEditing(null)}>
									{T.cancel}
								</button>
							</form>
						) : deleting === s.id ? (
							<div class="alert" role="alert">
								<p>{T.confirmRemove(s.name)}</p>
								<div class="actions">
									<button type="button" class="primary" onClick={() => (deleteFromHistory(s.id), setDeleting(null))}>
										{T.confirm}
									</button>
									<button type="button" onClick={() => setDeleting(null)}>
										{T.cancel}
									</button>
								</div>
							</div>
						) : (
							<div class="actions">
								<button type="button" aria-label={`${T.rename} ${s.name}`} onClick={() => (setDraft(s.name), setEditing(s.id))}>
									{T.rename}
								</button>
								<button type="button" aria-label={`${T.remove} ${s.name}`} onClick={() => setDeleting(s.id)}>
									{T.remove}
								</button>
							</div>
						)}
					</li>
				);
			})}
		</ol>
	);
}

function CompareSection({ model, snapshots }: { model: Model; snapshots: Snapshot[] }) {
	const usable = snapshots.flatMap((s) => {
		const a = snapshotAssessment(s, model);
		return a.ok ? [{ s, a: a.value }] : [];
	});
	const [earlierId, setEarlierId] = useState<string | undefined>(undefined);
	const [laterId, setLaterId] = useState<string | undefined>(undefined);
	if (usable.length < 2) return <p class="hint">{T.needTwo}</p>;
	const earlier = usable.find((u) => u.s.id === earlierId) ?? usable.at(-2)!;
	const later = usable.find((u) => u.s.id === laterId) ?? usable.at(-1)!;
	const options = usable.map((u) => (
		<option key={u.s.id} value={u.s.id}>
			{u.s.name} ({u.s.createdAt.slice(0, 10)})
		</option>
	));
	return (
		<section class="stack" aria-labelledby="compare-title">
			<h2 id="compare-title">{T.compareHeading}</h2>
			<div class="actions compare-pickers">
				<label>
					{T.earlier}{' '}
					<select value={earlier.s.id} onChange={(e) => setEarlierId(e.currentTarget.value)}>
						{options}
					</select>
				</label>
				<label>
					{T.later}{' '}
					<select value={later.s.id} onChange={(e) => setLaterId(e.currentTarget.value)}>
						{options}
					</select>
				</label>
			</div>
			<Compare model={model} earlier={earlier.a} later={later.a} earlierName={earlier.s.name} laterName={later.s.name} />
		</section>
	);
}
