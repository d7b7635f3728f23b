/** Geometry for the radar chart: pure, so the SVG is the same at build time and in the browser. */

export type Point = { x: number; y: number };

/** The point for value `v` (0…max) on spoke `i` of `n`, the first spoke pointing up. */
export function spoke(i: number, n: number, v: number, max: number, radius: number, center: Point): Point {
	const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
	const r = (Math.max(0, Math.min(max, v)) / max) * radius;
	return { x: round(center.x + r * Math.cos(angle)), y: round(center.y + r * Math.sin(angle)) };
}

/** An SVG `points` attribute for a polygon through the values. */
export function polygon(values: number[], max: number, radius: number, center: Point): string {
	return values
		.map((v, i) => spoke(i, values.length, v, max, radius, center))
		.map((p) => `${p.x},${p.y}`)
		.join(' ');
}

/** Text anchor for a label on spoke `i` of `n`, so labels sit outside the chart. */
export function labelAnchor(i: number, n: number): 'start' | 'middle' | 'end' {
	const x = Math.cos(-Math.PI / 2 + (2 * Math.PI * i) / n);
	return Math.abs(x) < 0.2 ? 'middle' : x > 0 ? 'start' : 'end';
}

const round = (n: number) => Math.round(n * 10) / 10;
