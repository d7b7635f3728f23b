/** Radar chart as inline SVG: current levels and targets per dimension, with a text alternative. */
import { labelAnchor, polygon, spoke } from '../../lib/assessment/radar';

/** `idBase` keeps the title ids unique when a page shows more than one chart. */
type Props = { labels: string[]; levels: number[]; targets?: number[]; title: string; description: string; idBase?: string };

// Wide rather than square so long dimension names fit beside the chart.
const W = 640;
const H = 380;
const C = { x: W / 2, y: H / 2 };
const R = 140;

export default function Radar({ labels, levels, targets, title, description, idBase = 'radar' }: Props) {
	const n = labels.length;
	return (
		<svg class="radar" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${idBase}-title ${idBase}-desc`}>
			<title id={`${idBase}-title`}>{title}</title>
			<desc id={`${idBase}-desc`}>{description}</desc>
			{[1, 2, 3, 4, 5].map((ring) => (
				<polygon key={ring} class="radar__ring" points={polygon(Array(n).fill(ring), 5, R, C)} />
			))}
			{labels.map((_, i) => {
				const end = spoke(i, n, 5, 5, R, C);
				return <line key={i} class="radar__spoke" x1={C.x} y1={C.y} x2={end.x} y2={end.y} />;
			})}
			{targets && <polygon class="radar__target" points={polygon(targets, 5, R, C)} />}
			<polygon class="radar__level" points={polygon(levels, 5, R, C)} />
			{labels.map((label, i) => {
				const p = spoke(i, n, 5.5, 5, R, C);
				return (
					<text key={label} class="radar__label" x={p.x} y={p.y} text-anchor={labelAnchor(i, n)} dominant-baseline="middle">
						{label}
					</text>
				);
			})}
		</svg>
	);
}
