/** One assessment on the radar: each applicable dimension's level against its target. */
import type { DimensionWithId } from '../../lib/assessment/model';
import type { Targets } from '../../lib/assessment/roadmap';
import type { DimensionResult } from '../../lib/assessment/scoring';
import Radar from './Radar';

type Props = { dims: { d: DimensionWithId; r: DimensionResult }[]; targets: Targets; idBase?: string };

export default function LevelsRadar({ dims, targets, idBase = 'radar' }: Props) {
	const counted = dims.filter(({ r }) => r.applicable);
	return (
		<Radar
			idBase={idBase}
			labels={counted.map(({ d }) => d.name)}
			levels={counted.map(({ r }) => r.level)}
			targets={counted.map(({ d }) => targets[d.id] ?? 1)}
			title="Levels by dimension"
			description={counted.map(({ d, r }) => `${d.name}: level ${r.level}, target ${targets[d.id]}`).join('; ')}
		/>
	);
}
