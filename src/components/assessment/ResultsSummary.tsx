/**
 * A read-only view of one assessment: overall level, radar, levels table, reasons and roadmap.
 * Used for shared results and history snapshots, where nothing may be changed.
 */
import { dimensionLevelText, dimensionScoreText, EFFORT_TEXT, PHASE_TEXT, scoreMeaning, STATUS_TEXT } from '../../lib/assessment/messages';
import { levelName, statementOf, type Model } from '../../lib/assessment/model';
import { stepTitle } from '../../lib/assessment/report';
import { buildRoadmap, normaliseTargets, PHASES } from '../../lib/assessment/roadmap';
import { byDimension, scoreAssessment } from '../../lib/assessment/scoring';
import type { SharedAssessment } from '../../lib/assessment/shared';
import { href } from '../../lib/paths';
import LevelsRadar from './LevelsRadar';

type Props = { model: Model; assessment: SharedAssessment; idBase: string };

export default function ResultsSummary({ model, assessment, idBase }: Props) {
	const result = scoreAssessment(model, assessment.context, assessment.answers);
	const targets = normaliseTargets(result, assessment.targets);
	const roadmap = buildRoadmap(model, result, targets, assessment.context);
	const dims = byDimension(model, result);
	const name = (id: string) => model.dimensions.find((d) => d.id === id)?.name ?? id;
	const statement = (id: string) => statementOf(model, id, assessment.context.audience);

	return (
		<div class="stack">
			<h2 id={`${idBase}-overall`}>
				Overall level {result.overall.level}: {levelName(result.overall.level)}
			</h2>
			<p>
				Held at this level by <strong>{result.overall.limitedBy.map(name).join(', ')}</strong>. Assessed on {assessment.createdAt.slice(0, 10)}.
			</p>
			<div class="radar-wrap">
				<LevelsRadar idBase={`${idBase}-radar`} dims={dims} targets={targets} />
			</div>
			<div class="table-wrap" tabIndex={0} role="region" aria-labelledby={`${idBase}-levels`}>
				<table class="levels-table" role="table">
					<caption id={`${idBase}-levels`}>Levels by dimension</caption>
					<thead>
						<tr role="row">
							<th scope="col" role="columnheader">Dimension</th>
							<th scope="col" role="columnheader">Level</th>
							<th scope="col" role="columnheader">Score: what it means</th>
							<th scope="col" role="columnheader">Target</th>
						</tr>
					</thead>
					<tbody>
						{dims.map(({ d, r }) => (
							<tr key={d.id} role="row">
								<th scope="row" role="rowheader">{d.name}</th>
								<td role="cell" data-label="Level">{dimensionLevelText(r)}</td>
								<td role="cell" data-label="Score">{r.applicable ? scoreMeaning(r) : dimensionScoreText(r)}</td>
								<td role="cell" data-label="Target">{r.applicable ? targets[d.id] : '–'}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<details>
				<summary>Why each level</summary>
				{dims
					.filter(({ r }) => r.blockers.length > 0)
					.map(({ d, r }) => (
						<section key={d.id} class="dimension-detail" aria-label={d.name}>
							<h3>
								{d.name}: why not level {r.level + 1}
							</h3>
							<ul>
								{r.blockers.map((id) => (
									<li key={id}>
										{statement(id)} <span class="badge">{STATUS_TEXT[r.practices.find((p) => p.id === id)!.status]}</span>
									</li>
								))}
							</ul>
						</section>
					))}
			</details>
			<details>
				<summary>Roadmap: {roadmap.length} steps</summary>
				{PHASES.map((phase) => {
					const steps = roadmap.filter((s) => s.phase === phase);
					return steps.length === 0 ? null : (
						<section key={phase} aria-label={PHASE_TEXT[phase].title}>
							<h3>{PHASE_TEXT[phase].title}</h3>
							<ol>
								{steps.map((s) => (
									<li key={s.practiceId}>
										{stepTitle(s)}{' '}
										<span class="hint">
											({name(s.dimensionId)}, {EFFORT_TEXT[s.effort].toLowerCase()}; done when: {s.doneWhen}) <a href={href(s.docs)}>Docs</a>
										</span>
									</li>
								))}
							</ol>
						</section>
					);
				})}
			</details>
		</div>
	);
}
