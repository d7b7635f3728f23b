/**
 * What /llms.txt and /llms-full.txt list, read from the collections: every docs page in reading
 * order with its own description (and, for the full text, its Markdown body), the workshop
 * modules, the templates and the case studies. Paths are root-relative; the endpoints make them
 * absolute.
 */
import { getCaseStudies, getTemplates } from './library';
import { getModules } from './workshop-queries';
import { getDocs, getGlossary, getLevels, getSidebar, getSorted } from './queries';
import { glossaryMarkdown } from '../lib/llms';
import { PAGES } from '../lib/pages';
import { routes } from '../lib/routes';

export type AssistantPage = { path: string; title: string; description: string; body: string };

/** Every docs page in the sidebar's reading order; the layers and the steps follow the page that shows them. */
export async function getDocsForAssistants(): Promise<AssistantPage[]> {
	const [{ order }, docs, patterns, principles, levels, scales, audiences, layers, steps, glossary] = await Promise.all([
		getSidebar(),
		getDocs(),
		getSorted('patterns'),
		getSorted('principles'),
		getLevels(),
		getSorted('scales'),
		getSorted('audiences'),
		getSorted('layers'),
		getSorted('steps'),
		getGlossary(),
	]);
	const page = (path: string, e: { data: { title: string; description: string }; body?: string | undefined }): AssistantPage => ({
		path,
		title: e.data.title,
		description: e.data.description,
		body: e.body ?? '',
	});
	const byPath = new Map<string, AssistantPage>([
		...docs.map((d) => [routes.docs.page(d.id), page(routes.docs.page(d.id), d)] as const),
		...patterns.map((p) => [routes.docs.pattern(p.id), page(routes.docs.pattern(p.id), p)] as const),
		...principles.map((p) => [routes.docs.principle(p.id), page(routes.docs.principle(p.id), p)] as const),
		...levels.map((l) => [routes.docs.level(l.id), page(routes.docs.level(l.id), l)] as const),
		...scales.map((s) => [routes.docs.scale(s.id), page(routes.docs.scale(s.id), s)] as const),
		...audiences.map((a) => [routes.docs.audience(a.id), page(routes.docs.audience(a.id), a)] as const),
		[routes.assessment.scoring, { path: routes.assessment.scoring, ...PAGES.scoring, body: '' }],
	]);
	// The glossary page renders its terms from data; its full text carries them after its body.
	const glossaryPage = byPath.get(routes.docs.glossary);
	if (glossaryPage) glossaryPage.body = `${glossaryPage.body.trim()}\n\n## Terms\n\n${glossaryMarkdown(glossary.map((g) => g.data))}`;
	const shownOn = new Map<string, AssistantPage[]>([
		[routes.docs.page('layers'), layers.map((l) => page(routes.docs.layer(l.id), l))],
		[routes.docs.start, steps.map((s) => page(routes.docs.step(s.id), s))],
	]);
	const missing = order.filter((item) => !byPath.has(item.path));
	if (missing.length) throw new Error(`for-assistants: no entry for the docs pages ${missing.map((m) => m.path).join(', ')}`);
	return order.flatMap((item) => [byPath.get(item.path)!, ...(shownOn.get(item.path) ?? [])]);
}

export async function getLibraryForAssistants() {
	const [modules, templates, studies] = await Promise.all([getModules(), getTemplates(), getCaseStudies()]);
	return {
		modules: modules.map((m) => ({ path: routes.workshop.module(m.id), title: m.data.title, description: m.data.description })),
		templates: templates.map((t) => ({ path: routes.library.template(t.id), title: t.data.title, description: t.data.summary })),
		caseStudies: studies.map((c) => ({ path: routes.library.caseStudy(c.id), title: c.data.title, description: c.data.summary })),
	};
}
