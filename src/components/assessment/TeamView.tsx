/**
 * /assessment/team/: a facilitator brings everyone's result files or share links (drop, pick or
 * paste). All of it is read here in the browser and kept in this tab only (the store's
 * sessionStorage session), so a reload does not lose it; a team file keeps it longer.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { EFFORT_TEXT, INPUT_PROBLEM_TEXT, PHASE_TEXT } from '../../lib/assessment/messages';
import { TEAM_TEXT as T } from '../../lib/assessment/messages-team';
import { levelName, type Model } from '../../lib/assessment/model';
import { readPasted } from '../../lib/assessment/input';
import { teamJson, teamMarkdown } from '../../lib/assessment/report';
import { dimensionName, stepTitle } from '../../lib/assessment/result-view';
import { PHASES } from '../../lib/assessment/roadmap';
import { MAX_RESPONDENTS, practiceDisagreements, summariseTeam } from '../../lib/assessment/team';
import { href } from '../../lib/paths';
import {
	$team,
	$teamAnonymous,
	$teamSaveFailed,
	$teamStatus,
	addToTeam,
	clearTeam,
	loadTeam,
	setTeamAnonymous,
	type TeamOutcome,
} from '../../stores/team';
import { downloadText } from '../download';
import { absolute, readTextFiles } from './files';
import InputProblem from './InputProblem';
import Radar from './Radar';
import TeamPractices from './TeamPractices';
import TeamRespondents from './TeamRespondents';
import TeamSessionFile from './TeamSessionFile';
import { withModel } from './with-model';

type Props = { model: Model };

const fmt = (n: number | null) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));
let pasteCount = 0;

export default withModel(TeamView);

function TeamView({ model }: Props) {
	const team = useStore($team);
	const anonymous = useStore($teamAnonymous);
	const status = useStore($teamStatus);
	const saveFailed = useStore($teamSaveFailed);
	useEffect(() => void loadTeam(model), []);
	const [outcomes, setOutcomes] = useState<TeamOutcome[]>([]);
	const [pasted, setPasted] = useState('');
	const [dragging, setDragging] = useState(false);

	const addFiles = async (files: FileList | null | undefined) => {
		const picked = await readTextFiles(files);
		const results: TeamOutcome[] = [];
		const readable = picked.flatMap((f) => {
			if ('tooLarge' in f) {
				results.push({ source: f.name, ok: false, problem: 'too-large', detail: f.detail });
				return [];
			}
			return [{ source: f.name, fileName: f.name, text: f.text }];
		});
		setOutcomes([...results, ...(await addToTeam(readable, model))]);
	};
	const addPasted = async () => {
		// At most a full team's worth of items is read from one paste; the rest are counted and said.
		const read = readPasted(pasted, MAX_RESPONDENTS);
		if (!read.ok) {
			setOutcomes([{ source: T.pasteSource(pasteCount + 1), ok: false, problem: 'too-large', detail: read.detail }]);
			return;
		}
		const items = read.items.map((text) => {
			const n = ++pasteCount;
			const source = text.startsWith('{') || text.startsWith('[') ? T.pasteSource(n) : T.linkSource(n);
			return { source, text };
		});
		const results = await addToTeam(items, model);
		setOutcomes(read.over ? [...results, { source: T.notRead(read.over), ok: false, problem: 'not-read', detail: '' }] : results);
		if (!read.over && results.every((r) => r.ok)) setPasted('');
	};

	if (status.kind === 'problem') {
		return (
			<div class="stack">
				<InputProblem heading={T.sessionProblem} problem={status.problem} detail={status.detail} stored />
				<p>{T.sessionProblemKeep}</p>
				<div class="actions">
					<button type="button" onClick={() => downloadText('agentops-team-session-as-stored.json', status.raw)}>
						{T.saveUnreadable}
					</button>
					<button type="button" class="primary" onClick={clearTeam}>
						{T.startNew}
					</button>
				</div>
			</div>
		);
	}

	const labels = team.map((r, i) => (anonymous ? T.anonymous(i + 1) : r.label));
	const summary = team.length ? summariseTeam(model, team) : null;
	const date = new Date().toISOString().slice(0, 10);
	const problemText = (o: Extract<TeamOutcome, { ok: false }>) =>
		o.problem === 'duplicate'
			? T.duplicate
			: o.problem === 'full'
				? T.full(MAX_RESPONDENTS)
				: o.problem === 'not-read'
					? T.overPaste(MAX_RESPONDENTS)
					: o.problem === 'unsaved'
						? T.unsaved
						: `${INPUT_PROBLEM_TEXT[o.problem]} (${o.detail})`;

	return (
		<div class="stack">
			<p class="note">{T.notStored}</p>
			{saveFailed && (
				<p class="alert" role="alert">
					{T.saveFailed}
				</p>
			)}
			<section class="card stack" aria-labelledby="team-add">
				<h2 id="team-add">{T.addHeading}</h2>
				<div
					class={dragging ? 'dropzone dropzone--active' : 'dropzone'}
					onDragOver={(e) => (e.preventDefault(), setDragging(true))}
					onDragLeave={() => setDragging(false)}
					onDrop={(e) => {
						e.preventDefault();
						setDragging(false);
						void addFiles(e.dataTransfer?.files);
					}}
				>
					<p>{T.dropzone}</p>
					<label for="team-files">{T.choose}</label>
					<input
						id="team-files"
						type="file"
						multiple
						accept="application/json,.json"
						onChange={(e) => void addFiles(e.currentTarget.files)}
					/>
				</div>
				<div>
					<label for="team-paste">{T.pasteLabel}</label>
					<textarea id="team-paste" rows={4} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
					<button type="button" onClick={addPasted}>
						{T.add}
					</button>
				</div>
				<div role="status">
					<ul class="outcomes">
						{outcomes.some((o) => o.ok) && <li>{T.added(outcomes.filter((o) => o.ok).length)}</li>}
						{outcomes.flatMap((o, i) =>
							o.ok
								? []
								: [
										<li key={i} class="outcome--bad">
											{T.rejected(o.source)} {problemText(o)}
										</li>,
									],
						)}
					</ul>
				</div>
			</section>

			{team.length === 0 ? (
				<p>{T.none}</p>
			) : (
				<>
					<section class="stack" aria-labelledby="team-people">
						<h2 id="team-people">{T.respondents(team.length)}</h2>
						<label class="option option--inline">
							<input type="checkbox" checked={anonymous} onChange={(e) => setTeamAnonymous(e.currentTarget.checked)} /> {T.anonymise}
						</label>
						<TeamRespondents team={team} labels={labels} anonymous={anonymous} />
						<div class="actions">
							<button type="button" onClick={clearTeam}>
								{T.clear}
							</button>
						</div>
					</section>
					{summary && (
						<TeamPractices
							model={model}
							items={practiceDisagreements(model, team)}
							labels={labels}
							audience={summary.teamContext.audience}
						/>
					)}
					{summary && <TeamSummaryView model={model} summary={summary} labels={labels} />}
					{summary && (
						<div class="actions">
							<button
								type="button"
								class="primary"
								onClick={() => downloadText(`agentops-team-${date}.json`, JSON.stringify(teamJson(model, summary, labels, date), null, 2))}
							>
								{T.exportJson}
							</button>
							<button
								type="button"
								onClick={() =>
									downloadText(`agentops-team-${date}.md`, teamMarkdown(model, team, summary, labels, absolute, date), 'text/markdown')
								}
							>
								{T.exportMarkdown}
							</button>
						</div>
					)}
				</>
			)}
			<TeamSessionFile model={model} canSave={team.length > 0} />
		</div>
	);
}

function TeamSummaryView({ model, summary, labels }: { model: Model; summary: ReturnType<typeof summariseTeam>; labels: string[] }) {
	const disagreements = summary.conversationOrder.filter((d) => d.disagreement);
	const counted = summary.dimensions.filter((d) => d.median !== null);
	return (
		<>
			<section aria-labelledby="team-disagree">
				<h2 id="team-disagree">{T.disagreementsHeading}</h2>
				{disagreements.length === 0 ? (
					<p>{T.disagreementsNone}</p>
				) : (
					<ul>
						{disagreements.map((d) => (
							<li key={d.id}>
								<strong>{dimensionName(model, d.id)}</strong>: {T.disagreement(d.spread!)}{' '}
								{T.disagreementRange(d.lowest, d.highest, fmt(d.median))}
							</li>
						))}
					</ul>
				)}
			</section>
			<div class="table-wrap" tabIndex={0} role="region" aria-labelledby="team-caption">
				<table class="team-table">
					<caption id="team-caption">{T.summaryCaption}</caption>
					<thead>
						<tr>
							<th scope="col">{T.dimension}</th>
							<th scope="col">{T.median}</th>
							<th scope="col">{T.lowest}</th>
							<th scope="col">{T.highest}</th>
							<th scope="col">{T.spread}</th>
							{labels.map((l, i) => (
								<th scope="col" key={i}>
									{l}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{summary.conversationOrder.map((d) => (
							<tr key={d.id} class={d.disagreement ? 'team-row--disagree' : ''}>
								<th scope="row">
									{dimensionName(model, d.id)}
									{d.disagreement && <span class="badge">{T.disagreement(d.spread!)}</span>}
								</th>
								<td>{fmt(d.median)}</td>
								<td>{fmt(d.lowest)}</td>
								<td>{fmt(d.highest)}</td>
								<td>{fmt(d.spread)}</td>
								{d.levels.map((l, i) => (
									<td key={i}>{fmt(l)}</td>
								))}
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<Radar
				idBase="team-radar"
				labels={counted.map((d) => dimensionName(model, d.id))}
				levels={counted.map((d) => d.median!)}
				title={T.radarTitle}
				description={counted.map((d) => T.radarItem(dimensionName(model, d.id), fmt(d.median))).join('; ')}
			/>
			<section aria-labelledby="team-roadmap">
				<h2 id="team-roadmap">{T.roadmapHeading}</h2>
				<p>
					{T.roadmapIntro} {T.teamLevel(summary.teamResult.overall.level, levelName(summary.teamResult.overall.level))}
				</p>
				{PHASES.map((phase) => {
					const steps = summary.roadmap.filter((s) => s.phase === phase);
					return steps.length === 0 ? null : (
						<section key={phase} aria-labelledby={`team-phase-${phase}`}>
							<h3 id={`team-phase-${phase}`}>{PHASE_TEXT[phase].title}</h3>
							<ol class="team-roadmap">
								{steps.map((s) => (
									<li key={s.practiceId}>
										{stepTitle(s)}{' '}
										<span class="hint">
											{T.stepMeta(dimensionName(model, s.dimensionId), EFFORT_TEXT[s.effort].toLowerCase(), s.doneWhen)}{' '}
											<a href={href(s.docs)}>{T.docs}</a>
										</span>
									</li>
								))}
							</ol>
						</section>
					);
				})}
			</section>
		</>
	);
}
