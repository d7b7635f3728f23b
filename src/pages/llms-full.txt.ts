/**
 * /llms-full.txt: the docs' full text as Markdown for AI assistants, from the collections' bodies
 * (src/lib/llms.ts has the format). No HTML: the bodies are Markdown, and what the page templates
 * add around them (sidebars, cards, sources lists) is left out.
 */
import type { APIRoute } from 'astro';
import { getDocsForAssistants } from '../content/for-assistants';
import { renderLlmsFull } from '../lib/llms';
import { href } from '../lib/paths';
import { SITE } from '../lib/site';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('llms-full.txt needs `site` in astro.config.mjs for absolute links');
	const abs = (path: string) => new URL(href(path), site).href;
	const pages = (await getDocsForAssistants()).map((p) => ({ ...p, url: abs(p.path) }));
	const text = renderLlmsFull({ name: `${SITE.name} docs, full text`, summary: SITE.description, pages }, abs);
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
