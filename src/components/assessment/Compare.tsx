/** Two assessments side by side: both on the radar, the change per dimension, progress toward the earlier targets. */
import { compareAssessments } from '../../lib/assessment/compare';
import { levelLabel } from '../../lib/assessment/messages';
import { COMPARE_TEXT as T } from '../../lib/assessment/messages-compare';
import type { Model } from '../../lib/assessment/model';
import type { SharedAssessment } from '../../lib/assessment/shared';
import Radar from './Radar';

type Props = { model: Model; earlier: SharedAssessment; later: SharedAssessment; earlierName: string; laterName: string };

export default function Compare({ model, earlier, later, earlierName, laterName }: Props) {
	const c = compareAssessments(model, earlier, later);
	const rows = model.dimensions.map((d, i) => ({ d, x: c.dimensions[i]! })).filter(({ x }) => x.before.applicable || x.after.applicable);
	const pct = (n: number) => Math.round(n * 100);
	const change = (n: number) => (n > 0 ? T.up(n) : n < 0 ? T.down(-n) : T.same);
	return (
		<div class="stack">
			<p>
				<strong>{T.progress(pct(c.progress.before), pct(c.progress.after))}</strong>
			</p>
			<Radar
				idBase="compare-radar"
				labels={rows.map(({ d }) => d.name)}
				levels={rows.map(({ x }) => x.after.level)}
				targets={rows.map(({ x }) => x.before.level)}
				title={T.radarTitle}
				description={rows.map(({ d, x }) => T.radarDescription(d.name, x.before.level, x.after.level)).join('; ')}
			/>
			<p class="radar-legend" aria-hidden="true">
				<span class="swatch swatch--target"></span> {T.legendEarlier} ({earlierName}) <span class="swatch swatch--level"></span>{' '}
				{T.legendLater} ({laterName})
			</p>
			<div class="table-wrap" tabIndex={0} role="region" aria-labelledby="compare-caption">
				<table>
					<caption id="compare-caption">{T.tableCaption}</caption>
					<thead>
						<tr>
							<th scope="col">{T.dimension}</th>
							<th scope="col">{earlierName}</th>
							<th scope="col">{laterName}</th>
							<th scope="col">{T.change}</th>
							<th scope="col">{T.targetEarlier}</th>
						</tr>
					</thead>
					<tbody>
						{rows.map(({ d, x }) => (
							<tr key={d.id}>
								<th scope="row">{d.name}</th>
								<td>
									{levelLabel(x.before.level)} ({x.before.score.toFixed(2)})
								</td>
								<td>
									{levelLabel(x.after.level)} ({x.after.score.toFixed(2)})
								</td>
								<td class={x.change > 0 ? 'change change--up' : x.change < 0 ? 'change change--down' : 'change'}>{change(x.change)}</td>
								<td>
									{x.target}: {x.reached ? T.reached : T.notReached}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</div>
	);
}
