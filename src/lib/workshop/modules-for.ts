/**
 * Which modules help with one roadmap step. A module is tagged with the assessment dimensions it
 * moves people along (`dimensions`) and the levels it helps them reach (`levels`); a roadmap
 * step for a practice at level L in dimension D lists the modules tagged with both D and L.
 */

/** The fields modulesFor reads; pages pass plain summaries, never collection entries. */
export type TaggedModule = { id: string; order: number; dimensions: readonly string[]; levels: readonly number[] };

export function modulesFor<M extends TaggedModule>(modules: readonly M[], dimensionId: string, level: number): M[] {
	return modules
		.filter((m) => m.dimensions.includes(dimensionId) && m.levels.includes(level))
		.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
