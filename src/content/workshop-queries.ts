/**
 * The workshop curriculum in the shapes pages need. Its references (dimensions, prerequisites,
 * a path's modules) are checked with all others by checkReferences().
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder } from './queries';
import type { ModuleSummary, PathSummary } from '../lib/workshop/types';

export type ModuleEntry = CollectionEntry<'modules'>;

/** Modules in curriculum order. */
export async function getModules(): Promise<ModuleEntry[]> {
	return (await getCollection('modules')).sort(byOrder);
}

export async function getLearningPaths(): Promise<CollectionEntry<'learningPaths'>[]> {
	return (await getCollection('learningPaths')).sort(byOrder);
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
