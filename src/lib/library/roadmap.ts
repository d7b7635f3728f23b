/**
 * Templates for a roadmap step. A template is tagged with the assessment dimensions it serves and
 * the levels it helps reach; a roadmap step for a practice at `level` in `dimensionId` lists the
 * templates carrying both tags. Pure and serialisable, so it runs at build time or in an island.
 */

/** The tags templatesFor() reads; other fields pass through untouched. */
export type TemplateTags = {
	id: string;
	title: string;
	/** Assessment dimension ids, e.g. "validation-gates". */
	dimensions: readonly string[];
	/** Levels 1–5 the template helps reach. */
	levels: readonly number[];
};

/**
 * Templates tagged with this dimension and level, sorted by title. Templates tagged with fewer
 * levels come first: the narrower the tag, the more specific the help.
 */
export function templatesFor<T extends TemplateTags>(templates: readonly T[], dimensionId: string, level: number): T[] {
	return templates
		.filter((t) => t.dimensions.includes(dimensionId) && t.levels.includes(level))
		.sort((a, b) => a.levels.length - b.levels.length || a.title.localeCompare(b.title, 'en'));
}
