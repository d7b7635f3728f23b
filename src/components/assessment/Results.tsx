/**
 * Results and roadmap. Everything is computed here, in the browser, from the saved answers by
 * the same functions the "How scoring works" page runs at build time.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { levelName, statementOf, type Model } from '../../lib/assessment/model';
import { AUDIENCE_TEXT, dimensionLevelText, dimensionScoreText, EFFORT_TEXT, levelLabel, PHASE_TEXT, RESULTS_TEXT as T, SCALE_TEXT, SCOPE_TEXT, scoreMeaning, STATUS_TEXT } from '../../lib/assessment/messages';
import { buildResultFile } from '../../lib/assessment/result-file';
import { buildRoadmap, normaliseTargets, PHASES } from '../../lib/assessment/roadmap';
import { resourcesFor, type Resource } from '../../lib/assessment/resources';
import { byDimension, scoreAssessment } from '../../lib/assessment/scoring';
import { href } from '../../lib/paths';
import { $state, $status, loadAssessment, setTarget } from '../../stores/assessment';
import { downloadText } from '../download';
import LevelsRadar from './LevelsRadar';
import SavedProblem from './SavedProblem';
import ShareAndExport from './ShareAndExport';
import { withModel } from './with-model';

/** What each level means, from the levels collection: shown where a level is shown. */
export type LevelMeaning = { number: number; markers: string[]; path: string };
type Props = { model: Model; resources: Resource[]; levels: LevelMeaning[] };

export default withModel(Results);

function Results({ model, resources, levels }: Props) {
	useEffect(() => void loadAssessment(model, { offerResume: false }), [model]);
	const status = useStore($status);
	const state = useStore($state);

	if (status.kind === 'problem') return <SavedProblem problem={status.problem} detail={status.detail} raw={status.raw} />;
	// While loading (and on the server) the page has the shape of the "no answers yet" note, with
	// its button held invisible, so nothing moves when a first-time visitor's empty state arrives.
	const loading = status.kind === 'loading' || !state;
	if (loading || !state.context || Object.keys(state.answers).length === 0) {
		return (
			<div class="note">
				<p class="results-empty">{loading ? 'Loading your results…' : 'There are no answers in this browser yet, so there is nothing to show.'}</p>
				<p>
					<a class={`button button--primary${loading ? ' invisible' : ''}`} href={href('/assessment/')}>
						Start the assessment
					</a>
				</p>
			</div>
		);
	}

	const context = state.context;
	const result = scoreAssessment(model, context, state.answers);
	const targets = normaliseTargets(result, state.targets);
	const roadmap = buildRoadmap(model, result, targets, context);
	const dims = byDimension(model, result);
	const name = (id: string) => model.dimensions.find((d) => d.id === id)?.name ?? id;
	const statement = (id: string) => statementOf(model, id, context.audience);
	const meaning = (level: number) => levels.find((l) => l.number === level);
	const overallMeaning = meaning(result.overall.level);

	const download = () => {
		const file = buildResultFile(model, context, state.answers, targets);
		downloadText(`agentops-assessment-${file.createdAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
	};

	return (
		<div class="results stack">
			<p class="print-only">{T.printedHeader(new Date().toISOString().slice(0, 10), SCALE_TEXT[context.scale], AUDIENCE_TEXT[context.audience], context.scopes.map((x) => SCOPE_TEXT[x]).join('; '), model.meta.version)}</p>
			<section class="results__overall card" aria-labelledby="overall">
				<h2 id="overall">
					Overall level {result.overall.level}: {levelName(result.overall.level)}
				</h2>
				{overallMeaning && (
					<p>
						{T.levelMeans(result.overall.level, levelName(result.overall.level))} {overallMeaning.markers.join('; ')}.{' '}
						<a href={href(overallMeaning.path)}>{T.aboutLevel(levelName(result.overall.level))}</a>
					</p>
				)}
				<p>
					{result.overall.limitedBy.length > 0 ? (
						<>
							{T.heldBy(result.overall.limitedBy.length)} <strong>{result.overall.limitedBy.map(name).join(', ')}</strong>. {T.weakestLink}{' '}
						</>
					) : (
						<>{T.allAtCeiling} </>
					)}
					<a href={href('/assessment/scoring/')}>How scoring works</a>.
				</p>
				<div class="actions no-print">
					<button type="button" onClick={download}>
						Download JSON
					</button>
					<button type="button" onClick={() => window.print()}>
						Print or save as PDF
					</button>
					<a class="button" href={href('/assessment/')}>
						Change answers
					</a>
				</div>
			</section>

			<ShareAndExport model={model} context={context} answers={state.answers} targets={targets} />

			<div class="radar-wrap">
				<LevelsRadar dims={dims} targets={targets} />
			</div>
			<p class="radar-legend" aria-hidden="true">
				<span class="swatch swatch--level"></span> Current level <span class="swatch swatch--target"></span> Target
			</p>

			<div class="table-wrap" tabIndex={0}>
				<table class="levels-table" role="table">
					<caption>Levels by dimension</caption>
					<thead>
						<tr role="row">
							<th scope="col" role="columnheader">Dimension</th>
							<th scope="col" role="columnheader">Level</th>
							<th scope="col" role="columnheader">Score: what it means</th>
							<th scope="col" role="columnheader">Unknowns</th>
							<th scope="col" role="columnheader">Target</th>
						</tr>
					</thead>
					<tbody>
						{dims.map(({ d, r }) => (
							<tr key={d.id} role="row">
								<th scope="row" role="rowheader">
									<a href={`#dim-${d.id}`}>{d.name}</a>
								</th>
								<td role="cell" data-label="Level">{dimensionLevelText(r)}</td>
								<td role="cell" data-label="Score">{r.applicable ? scoreMeaning(r) : dimensionScoreText(r)}</td>
								<td role="cell" data-label="Unknowns">{r.unknowns.length}</td>
								<td role="cell" data-label="Target">
									{r.applicable && r.level < r.ceiling ? (
										<select aria-label={`Target for ${d.name}`} value={targets[d.id]} onChange={(e) => setTarget(d.id, Number(e.currentTarget.value))}>
											{[1, 2, 3, 4, 5]
												.filter((l) => l >= r.level && l <= r.ceiling)
												.map((l) => (
													<option key={l} value={l}>
														{l === r.level ? `Stay at ${l}` : levelLabel(l)}
													</option>
												))}
										</select>
									) : (
										'At its ceiling'
									)}
									<span class="print-only">{levelLabel(targets[d.id] ?? r.level)}</span>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>

			<section aria-labelledby="why">
				<h2 id="why">Why each level</h2>
				{dims.map(({ d, r }) => (
					<section key={d.id} id={`dim-${d.id}`} class="dimension-detail" aria-labelledby={`dim-title-${d.id}`}>
						<h3 id={`dim-title-${d.id}`}>
							{d.name}: {r.applicable ? `level ${r.level} ${levelName(r.level)}` : 'not applicable'}
						</h3>
						{r.ceiling < 5 && r.applicable && (
							<p class="hint">
								With the kinds of AI use you chose, this dimension goes up to level {r.ceiling}: the practices above it are about uses you do not
								have.
							</p>
						)}
						{r.strengths.length > 0 && (
							<>
								<h4>In place</h4>
								<ul>
									{r.strengths.map((id) => {
										const metBy = r.practices.find((x) => x.id === id)?.metBy;
										return (
											<li key={id}>
												{statement(id)}
												{metBy && <span class="hint"> {T.metBy(statement(metBy))}</span>}
											</li>
										);
									})}
								</ul>
							</>
						)}
						{r.blockers.length > 0 && (
							<>
								<h4>Why not level {r.level + 1}</h4>
								<p>{T.blockersIntro(r.level + 1)}</p>
								<ul>
									{r.blockers.map((id) => {
										const p = r.practices.find((x) => x.id === id)!;
										return (
											<li key={id}>
												{statement(id)} <span class="badge">{STATUS_TEXT[p.status]}</span>
											</li>
										);
									})}
								</ul>
							</>
						)}
						{r.unknowns.length > 0 && (
							<p>
								{r.unknowns.length} answer{r.unknowns.length === 1 ? ' was' : 's were'} “Don’t know”: counted as not in place. Finding out is a quick
								win.
							</p>
						)}
						<p>
							<a href={href(d.docs)}>Learn more about {d.name.toLowerCase()}</a>
						</p>
					</section>
				))}
			</section>

			<section aria-labelledby="roadmap">
				<h2 id="roadmap">Your roadmap</h2>
				<p>
					{roadmap.length} step{roadmap.length === 1 ? '' : 's'} to reach your targets, in the framework’s order: consolidate, observe, customize,
					automate. Change a target above and the roadmap follows.
				</p>
				{PHASES.map((phase) => {
					const steps = roadmap.filter((s) => s.phase === phase);
					if (steps.length === 0) return null;
					return (
						<section key={phase} aria-labelledby={`phase-${phase}`}>
							<h3 id={`phase-${phase}`}>{PHASE_TEXT[phase].title}</h3>
							<p>{PHASE_TEXT[phase].why}</p>
							<ol class="roadmap">
								{steps.map((s) => {
									const related = resourcesFor(resources, s.dimensionId, s.level);
									return (
										<li key={s.practiceId} class="card roadmap__step">
											<p class="roadmap__meta">
												<span class="badge">{name(s.dimensionId)}</span> <span class="badge">Level {s.level}</span>{' '}
												<span class="badge">{EFFORT_TEXT[s.effort]}</span>
											</p>
											<h4>{s.unknown ? `Find out, then act: ${s.action}` : s.action}</h4>
											{s.neededFor && <p class="hint">{T.neededFor(s.neededFor.map(statement))}</p>}
											<dl>
												{s.after.length > 0 && (
													<>
														<dt>{T.after}</dt>
														<dd>{s.after.map(statement).join('; ')}</dd>
													</>
												)}
												<dt>Why it matters</dt>
												<dd>{s.why}</dd>
												<dt>Done when</dt>
												<dd>{s.doneWhen}</dd>
												{s.tools && (
													<>
														<dt>Tools to consider</dt>
														<dd>{s.tools}</dd>
													</>
												)}
												{related.length > 0 && (
													<>
														<dt>Templates and workshop modules</dt>
														<dd>
															<ul>
																{related.map((res) => (
																	<li key={res.path}>
																		<a href={href(res.path)}>{res.title}</a> ({res.kind === 'template' ? 'template' : 'workshop module'})
																	</li>
																))}
															</ul>
														</dd>
													</>
												)}
											</dl>
											<p>
												<a href={href(s.docs)}>How to do it: {name(s.dimensionId).toLowerCase()} in the docs</a>
											</p>
										</li>
									);
								})}
							</ol>
						</section>
					);
				})}
			</section>
		</div>
	);
}
