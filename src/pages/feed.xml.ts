/** RSS feed of templates and case studies, written without a dependency (see src/lib/library/rss.ts). */
import type { APIRoute } from 'astro';
import { getCaseStudies, getTemplates } from '../content/library';
import { KIND_LABELS } from '../lib/library/labels';
import { renderRss } from '../lib/library/rss';
import { href } from '../lib/paths';
import { SITE } from '../lib/site';
import { routes } from '../lib/routes';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('feed.xml needs `site` in astro.config.mjs for absolute links');
	const abs = (path: string) => new URL(href(path), site).href;
	const [templates, studies] = await Promise.all([getTemplates(), getCaseStudies()]);
	const xml = renderRss({
		title: `${SITE.name}: templates and case studies`,
		description: 'New and updated templates and case studies from the AgentOps library.',
		link: abs(routes.library.templates),
		self: abs(routes.library.feed),
		items: [
			...templates.map((t) => ({
				title: `Template: ${t.data.title}`,
				link: abs(routes.library.template(t.id)),
				description: t.data.summary,
				date: t.data.reviewed,
				category: 'Template',
			})),
			...studies.map((c) => ({
				title: `Case study (${KIND_LABELS[c.data.kind].toLowerCase()}): ${c.data.title}`,
				link: abs(routes.library.caseStudy(c.id)),
				description: c.data.summary,
				date: c.data.published,
				category: `Case study (${c.data.kind})`,
			})),
		],
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
