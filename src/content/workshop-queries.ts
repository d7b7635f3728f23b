/**
 * The workshop curriculum in the shapes pages need. Resolves every reference through
 * `resolveRefs`, so a module naming a missing dimension or prerequisite, or a path naming a
 * missing module, fails the build with the file and field named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder, resolveRefs } from './queries';
import type { ModuleSummary, PathSummary } from '../lib/workshop/types';

export const workshopPaths = {
	index: '/workshop/',
	agenda: '/workshop/agenda/',
	module: (id: string) => `/workshop/modules/${id}/`,
};

export type ModuleEntry = CollectionEntry<'modules'>;

/** Modules in curriculum order, references checked. */
export async function getModules(): Promise<ModuleEntry[]> {
	const modules = (await getCollection('modules')).sort(byOrder);
	for (const m of modules) {
		await resolveRefs(m.data.dimensions, { collection: 'workshop/modules', id: m.id, field: 'dimensions' });
		await resolveRefs(m.data.prerequisites, { collection: 'workshop/modules', id: m.id, field: 'prerequisites' });
	}
	return modules;
}

export async function getLearningPaths(): Promise<CollectionEntry<'learningPaths'>[]> {
	const paths = (await getCollection('learningPaths')).sort(byOrder);
	for (const p of paths) {
		await resolveRefs(p.data.modules, { collection: 'workshop/paths', id: p.id, field: 'modules' });
		await resolveRefs(p.data.newDayBefore, { collection: 'workshop/paths', id: p.id, field: 'newDayBefore' });
	}
	return paths;
}

export function moduleSummary(m: ModuleEntry): ModuleSummary {
	return {
		id: m.id,
		title: m.data.title,
		description: m.data.description,
		order: m.data.order,
		dimensions: m.data.dimensions.map((d) => d.id),
		levels: [...m.data.levels].sort((a, b) => a - b),
		teachingMinutes: m.data.teachingMinutes,
		exerciseMinutes: m.data.exerciseMinutes,
		prerequisites: m.data.prerequisites.map((p) => p.id),
		objectives: m.data.objectives,
	};
}

export function pathSummary(p: CollectionEntry<'learningPaths'>): PathSummary {
	return {
		id: p.id,
		title: p.data.title,
		scale: p.data.scale,
		length: p.data.length,
		modules: p.data.modules.map((m) => m.id),
		newDayBefore: p.data.newDayBefore.map((m) => m.id),
		start: p.data.start,
		breaks: p.data.breaks,
	};
}

/** Assessment dimensions, in assessment order, as {id, name}. */
export async function getDimensionNames(): Promise<{ id: string; name: string }[]> {
	return (await getCollection('dimensions')).sort(byOrder).map((d) => ({ id: d.id, name: d.data.name }));
}
