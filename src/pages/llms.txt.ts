/**
 * /llms.txt: the site for AI assistants, in the llmstxt.org format (see src/lib/llms.ts): the docs
 * in reading order, the assessment and its published files, the workshop and the templates, each
 * with its own description. Absolute URLs with the base, as feed.xml builds them.
 */
import type { APIRoute } from 'astro';
import { getDocsForAssistants, getLibraryForAssistants } from '../content/for-assistants';
import { renderLlmsTxt } from '../lib/llms';
import { FILES, PAGES } from '../lib/pages';
import { href } from '../lib/paths';
import { routes } from '../lib/routes';
import { SITE } from '../lib/site';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('llms.txt needs `site` in astro.config.mjs for absolute links');
	const abs = (path: string) => new URL(href(path), site).href;
	const link = (path: string, title: string, description: string) => ({ url: abs(path), title, description });
	const [docs, library] = await Promise.all([getDocsForAssistants(), getLibraryForAssistants()]);
	const text = renderLlmsTxt({
		name: SITE.name,
		summary: SITE.description,
		details: [
			`The maturity self-assessment runs entirely in the browser: nothing a person answers is sent anywhere. Its results page downloads a result file (JSON, described by the result schema below) that names the model version and the practice ids of the model file. ${abs(routes.llmsFull)} holds the full text of the docs as Markdown.`,
		],
		sections: [
			{
				title: 'Docs',
				links: [
					link(routes.docs.index, PAGES.docs.title, PAGES.docs.description),
					...docs.map((d) => link(d.path, d.title, d.description)),
				],
			},
			{
				title: 'Assessment',
				links: [
					link(routes.assessment.index, PAGES.assessment.title, PAGES.assessment.description),
					link(routes.assessment.quick, PAGES.quick.title, PAGES.quick.description),
					link(routes.assessment.team, PAGES.team.title, PAGES.team.description),
					link(routes.assessment.resultFormat, PAGES.resultFormat.title, PAGES.resultFormat.description),
					link(routes.assessment.openModel, PAGES.openModel.title, PAGES.openModel.description),
					link(routes.assessment.model, 'Assessment model (JSON)', FILES.model.description),
					link(routes.assessment.modelSchema, FILES.modelSchema.title, FILES.modelSchema.description),
					link(
						routes.assessment.resultSchema,
						'Result file JSON Schema',
						`The JSON Schema of the result file: ${FILES.result.description}`,
					),
					link(routes.assessment.changelog, 'Model changelog (JSON)', FILES.changelog.description),
					link(routes.assessment.changelogSchema, FILES.changelogSchema.title, FILES.changelogSchema.description),
				],
			},
			{
				title: 'Workshop',
				links: [
					link(routes.workshop.index, PAGES.workshop.title, PAGES.workshop.description),
					link(routes.workshop.agenda, PAGES.agenda.title, PAGES.agenda.description),
					...library.modules.map((m) => link(m.path, m.title, m.description)),
				],
			},
			{
				title: 'Templates',
				links: [
					link(routes.library.templates, PAGES.templates.title, PAGES.templates.description),
					...library.templates.map((t) => link(t.path, t.title, t.description)),
				],
			},
			{
				title: 'Optional',
				links: [
					link(routes.llmsFull, 'Docs, full text', 'Every docs page above as Markdown, in reading order, in one file.'),
					link(routes.library.caseStudies, PAGES.caseStudies.title, PAGES.caseStudies.description),
					...library.caseStudies.map((c) => link(c.path, c.title, c.description)),
				],
			},
		],
	});
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
