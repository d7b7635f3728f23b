/**
 * One result, rendered: overall level, radar, levels table, why each level, and the roadmap. The
 * results page passes `onTarget` and the targets become editable; shared results and history
 * snapshots leave it out and the same view is read-only.
 */
import type { ComponentChildren } from 'preact';
import { EFFORT_TEXT, levelLabel, PHASE_TEXT, PLAN_TEXT, RESULTS_TEXT as T, STATUS_TEXT } from '../../lib/assessment/messages';
import { levelName } from '../../lib/assessment/model';
import type { StepPlan } from '../../lib/assessment/plan';
import type { LevelMeaning, ResultView } from '../../lib/assessment/result-view';
import { href } from '../../lib/paths';
import { routes } from '../../lib/routes';
import LevelsRadar from './LevelsRadar';
import StepPlanFields from './StepPlanFields';

type Props = {
	view: ResultView;
	levels?: LevelMeaning[];
	/** Set on the person's own results: targets become choices and the roadmap follows them. */
	onTarget?: (dimensionId: string, level: number) => void;
	/** Set on the person's own results: each step's owner, due date and status become fields. */
	onPlan?: (practiceId: string, change: StepPlan) => void;
	/** Buttons and notes under the overall level (download, print, change answers). */
	actions?: ComponentChildren;
	/** What comes between the overall level and the radar (share and export). */
	after?: ComponentChildren;
	/** A line under the overall level, e.g. when the result was made. */
	note?: ComponentChildren;
	/** Prefix for element ids, so a second view on one page never repeats the first one's ids. */
	idBase?: string;
};

export default function ResultsView({ view, levels = [], onTarget, onPlan, actions, after, note, idBase = '' }: Props) {
	const id = (s: string) => (idBase ? `${idBase}-${s}` : s);
	const { overall } = view;
	const meaning = levels.find((l) => l.number === overall.level);

	return (
		<div class="results stack">
			<section class="results__overall card" aria-labelledby={id('overall')}>
				<h2 id={id('overall')}>{T.overall(overall.level, overall.name)}</h2>
				{meaning && (
					<p>
						{T.levelMeans(overall.level, overall.name)} {meaning.markers.join('; ')}.{' '}
						<a href={href(meaning.path)}>{T.aboutLevel(overall.name)}</a>
					</p>
				)}
				<p>
					{overall.limitedBy.length > 0 ? (
						<>
							{T.heldBy(overall.limitedBy.length)} <strong>{overall.limitedBy.join(', ')}</strong>. {T.weakestLink}{' '}
						</>
					) : (
						<>{T.allAtCeiling} </>
					)}
					<a href={href(routes.assessment.scoring)}>{T.howScoring}</a>.
				</p>
				{note && <p>{note}</p>}
				{actions && <div class="actions no-print">{actions}</div>}
			</section>

			{after}

			<div class="radar-wrap">
				<LevelsRadar idBase={id('radar')} dims={view.radar} targets={view.targets} />
			</div>
			<p class="radar-legend" aria-hidden="true">
				<span class="swatch swatch--level"></span> {T.currentLevel} <span class="swatch swatch--target"></span> {T.target}
			</p>

			<div class="table-wrap" tabIndex={0} role="region" aria-labelledby={id('levels')}>
				<table class="levels-table" role="table">
					<caption id={id('levels')}>{T.levelsCaption}</caption>
					<thead>
						<tr role="row">
							{T.columns.map((c) => (
								<th key={c} scope="col" role="columnheader">
									{c}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{view.dimensions.map((d) => (
							<tr key={d.id} role="row">
								<th scope="row" role="rowheader">
									<a href={`#${id(`dim-${d.id}`)}`}>{d.name}</a>
								</th>
								<td role="cell" data-label={T.columns[1]}>
									{d.levelText}
								</td>
								<td role="cell" data-label={T.columns[2]}>
									{d.scoreText}
								</td>
								<td role="cell" data-label={T.columns[3]}>
									{d.result.unknowns.length}
								</td>
								<td role="cell" data-label={T.columns[4]}>
									{d.target === null ? (
										'–'
									) : d.targetChoices.length === 0 ? (
										T.atCeiling
									) : onTarget ? (
										<select
											aria-label={T.targetFor(d.name)}
											value={d.target}
											onChange={(e) => onTarget(d.id, Number(e.currentTarget.value))}
										>
											{d.targetChoices.map((l) => (
												<option key={l} value={l}>
													{l === d.result.level ? T.stayAt(l) : levelLabel(l)}
												</option>
											))}
										</select>
									) : (
										levelLabel(d.target)
									)}
									{onTarget && d.target !== null && d.targetChoices.length > 0 && <span class="print-only">{levelLabel(d.target)}</span>}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>

			<section aria-labelledby={id('why')}>
				<h2 id={id('why')}>{T.why}</h2>
				{view.dimensions.map((d) => (
					<section key={d.id} id={id(`dim-${d.id}`)} class="dimension-detail" aria-labelledby={id(`dim-title-${d.id}`)}>
						<h3 id={id(`dim-title-${d.id}`)}>
							{d.name}: {d.result.applicable ? T.dimensionLevel(d.result.level, levelName(d.result.level)) : T.notApplicable}
						</h3>
						{d.result.ceiling < 5 && d.result.applicable && <p class="hint">{T.ceiling(d.result.ceiling)}</p>}
						{d.strengths.length > 0 && (
							<>
								<h4>{T.inPlace}</h4>
								<ul>
									{d.strengths.map((p) => (
										<li key={p.id}>
											{p.statement}
											{p.metBy && <span class="hint"> {T.metBy(p.metBy)}</span>}
										</li>
									))}
								</ul>
							</>
						)}
						{d.blockers.length > 0 && (
							<>
								<h4>{T.whyNot(d.result.level + 1)}</h4>
								<p>{T.blockersIntro(d.result.level + 1)}</p>
								<ul>
									{d.blockers.map((p) => (
										<li key={p.id}>
											{p.statement} <span class="badge">{STATUS_TEXT[p.status]}</span>
										</li>
									))}
								</ul>
							</>
						)}
						{d.result.unknowns.length > 0 && <p>{T.unknowns(d.result.unknowns.length)}</p>}
						<p>
							<a href={href(d.docs)}>{T.learnMore(d.name)}</a>
						</p>
					</section>
				))}
			</section>

			<section aria-labelledby={id('roadmap')}>
				<h2 id={id('roadmap')}>{T.roadmap}</h2>
				<p>
					{T.roadmapIntro(view.steps.length)} {onTarget && T.roadmapFollows}
				</p>
				{view.progress.total > 0 && (view.progress.done > 0 || view.progress.doing > 0 || onPlan) && (
					<p>
						<strong>{PLAN_TEXT.progress(view.progress.done, view.progress.doing, view.progress.total)}</strong>{' '}
						{onPlan && <span class="hint">{PLAN_TEXT.keptHere}</span>}
					</p>
				)}
				{view.phases.map(({ phase, steps }) => (
					<section key={phase} aria-labelledby={id(`phase-${phase}`)}>
						<h3 id={id(`phase-${phase}`)}>{PHASE_TEXT[phase].title}</h3>
						<p>{PHASE_TEXT[phase].why}</p>
						<ol class="roadmap">
							{steps.map((s) => (
								<li key={s.practiceId} class={`card roadmap__step${s.plan.status === 'done' ? ' roadmap__step--done' : ''}`}>
									<p class="roadmap__meta">
										<span class="badge">{s.dimensionName}</span> <span class="badge">{T.stepLevel(s.level)}</span>{' '}
										<span class="badge">{EFFORT_TEXT[s.effort]}</span>
										{s.plan.status !== 'todo' && (
											<>
												{' '}
												<span class={`badge badge--${s.plan.status}`}>{PLAN_TEXT.statuses[s.plan.status]}</span>
											</>
										)}
									</p>
									<h4>{s.title}</h4>
									{s.neededFor.length > 0 && <p class="hint">{T.neededFor(s.neededFor)}</p>}
									<dl>
										{s.after.length > 0 && (
											<>
												<dt>{T.after}</dt>
												<dd>{s.after.join('; ')}</dd>
											</>
										)}
										<dt>{T.whyItMatters}</dt>
										<dd>{s.why}</dd>
										<dt>{T.doneWhen}</dt>
										<dd>{s.doneWhen}</dd>
										{s.tools && (
											<>
												<dt>{T.tools}</dt>
												<dd>{s.tools}</dd>
											</>
										)}
										{s.resources.length > 0 && (
											<>
												<dt>{T.resources}</dt>
												<dd>
													<ul>
														{s.resources.map((res) => (
															<li key={res.path}>
																<a href={href(res.path)}>{res.title}</a> ({T.resourceKind[res.kind]})
															</li>
														))}
													</ul>
												</dd>
											</>
										)}
									</dl>
									<p>
										<a href={href(s.docs)}>{T.howTo(s.dimensionName)}</a>
									</p>
									<StepPlanFields
										plan={s.plan}
										id={id(`plan-${s.practiceId}`)}
										onChange={onPlan && ((change) => onPlan(s.practiceId, change))}
									/>
								</li>
							))}
						</ol>
					</section>
				))}
			</section>
		</div>
	);
}
