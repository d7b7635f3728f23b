/**
 * Templates and workshop modules tagged with the dimensions and levels they serve. A roadmap step
 * lists the resources tagged for its dimension and level.
 */
export type Resource = {
	kind: 'template' | 'module';
	title: string;
	/** Root-relative site path. */
	path: string;
	dimensions: string[];
	levels: number[];
};

export function resourcesFor(resources: Resource[], dimensionId: string, level: number): Resource[] {
	return resources.filter((r) => r.dimensions.includes(dimensionId) && r.levels.includes(level));
}
