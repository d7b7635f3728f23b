/**
 * Templates and workshop modules tagged with the dimensions and levels they serve. A roadmap step
 * lists the resources tagged for its dimension and level.
 */
export type Resource = {
	kind: 'template' | 'module';
	title: string;
	/** Root-relative site path. */
	path: string;
	dimensions: readonly string[];
	levels: readonly number[];
};

/**
 * Resources tagged with this dimension and level. Narrower tags (fewer levels) come first, the
 * more specific help; then templates before modules, then by title.
 */
export function resourcesFor<R extends Pick<Resource, 'title' | 'dimensions' | 'levels'> & { kind?: Resource['kind'] }>(
	resources: readonly R[],
	dimensionId: string,
	level: number,
): R[] {
	return resources
		.filter((r) => r.dimensions.includes(dimensionId) && r.levels.includes(level))
		.sort(
			(a, b) => a.levels.length - b.levels.length || (a.kind ?? '').localeCompare(b.kind ?? '') || a.title.localeCompare(b.title, 'en'),
		);
}
