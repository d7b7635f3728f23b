/**
 * Templates and workshop modules, tagged by dimension and level, for roadmap steps. A module of
 * its own so the read layer has no circle: this reads from library.ts and workshop-queries.ts,
 * which both read from queries.ts, and nothing reads back.
 */
import type { Resource } from '../lib/assessment/resources';
import { getTemplateTags } from './library';
import { getModules, moduleSummary } from './workshop-queries';
import { routes } from '../lib/routes';

export async function getResources(): Promise<Resource[]> {
	const templates = (await getTemplateTags()).map((t) => ({ kind: 'template' as const, title: t.title, path: t.path, dimensions: t.dimensions, levels: t.levels }));
	const modules = (await getModules()).map(moduleSummary).map((m) => ({ kind: 'module' as const, title: m.title, path: routes.workshop.module(m.id), dimensions: m.dimensions, levels: m.levels }));
	return [...templates, ...modules];
}
