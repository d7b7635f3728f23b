/**
 * /llms.txt and /llms-full.txt as built: the llmstxt.org shape (src/lib/llms.ts cites it), every
 * link a file of the build (at the root and, when built, under the sub-path), every docs page,
 * workshop module and template listed, and the full text free of HTML.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { llmsLinks } from '../src/lib/llms';
import { routes } from '../src/lib/routes';
import { DIST, DIST_SUB, SUB_BASE, builtFile, htmlPages, requireBuild } from './dist';

const builds: [string, string, string][] = [['dist/', DIST, '/']];
if (existsSync(join(DIST_SUB, 'llms.txt'))) builds.push([`dist-sub/ (base ${SUB_BASE})`, DIST_SUB, SUB_BASE]);

/** The site path (without the base) of an absolute link into the site, or a reason it is not one. */
function sitePath(link: string, base: string): string {
	const url = new URL(link);
	if (!url.pathname.startsWith(base)) return `outside the base ${base}: ${link}`;
	return '/' + url.pathname.slice(base.length);
}

describe.each(builds)('llms.txt in %s', (_label, dir, base) => {
	requireBuild(dir);
	const text = readFileSync(join(dir, 'llms.txt'), 'utf8');
	const links = llmsLinks(text);

	it('has the llmstxt.org shape: H1, blockquote, details without headings, then H2 sections of link lists', () => {
		const blocks = text.trim().split(/\n\n+/);
		expect(blocks[0]).toBe('# AgentOps');
		expect(blocks[1]).toMatch(/^> \S.*$/);
		const firstSection = blocks.findIndex((b) => b.startsWith('## '));
		expect(blocks.slice(2, firstSection).every((b) => !/^#/m.test(b))).toBe(true);
		const sections = blocks.slice(firstSection);
		for (let i = 0; i < sections.length; i += 2) {
			expect(sections[i]).toMatch(/^## \S/);
			for (const line of sections[i + 1]!.split('\n')) expect(line).toMatch(/^- \[[^\]]+\]\(https?:\/\/[^)\s]+\)(: \S.*)?$/);
		}
		expect(sections.filter((_, i) => i % 2 === 0)).toEqual(['## Docs', '## Assessment', '## Workshop', '## Templates', '## Optional']);
	});

	it('every link is a file of this build', () => {
		expect(links.length).toBeGreaterThan(50);
		const broken = links.filter((l) => {
			const path = sitePath(l, base);
			return !path.startsWith('/') || !builtFile(dir, path.split('#')[0]!);
		});
		expect(broken).toEqual([]);
	});

	it('lists every docs page, workshop module and template, the model, its schema, the result schema and the full text', () => {
		const listed = new Set(links.map((l) => sitePath(l, base)));
		const pages = htmlPages(dir)
			.map((p) => p.path)
			.filter((p) => /^\/(docs\/.|workshop\/modules\/.|templates\/[^/]+\/$)/.test(p) && !p.startsWith('/templates/files/'));
		expect(pages.length).toBeGreaterThan(40);
		expect(pages.filter((p) => !listed.has(p))).toEqual([]);
		for (const file of [
			routes.assessment.model,
			routes.assessment.modelSchema,
			routes.assessment.resultSchema,
			routes.assessment.changelog,
			routes.llmsFull,
		])
			expect(listed.has(file), file).toBe(true);
	});
});

describe.each(builds)('llms-full.txt in %s', (_label, dir, base) => {
	requireBuild(dir);
	const text = readFileSync(join(dir, 'llms-full.txt'), 'utf8');
	const outsideCode = text.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]+`/g, '');

	it('holds every docs page as an H2 with its address', () => {
		const docs = htmlPages(dir)
			.map((p) => p.path)
			.filter((p) => /^\/docs\/./.test(p));
		const addresses = [...text.matchAll(/^Address: (\S+)$/gm)].map((m) => sitePath(m[1]!, base));
		expect(docs.filter((p) => !addresses.includes(p))).toEqual([]);
		expect(text.match(/^## /gm)?.length).toBe(addresses.length);
	});

	it('is Markdown without HTML, with page headings nested under the page', () => {
		expect(outsideCode.match(/<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/gi) ?? []).toEqual([]);
		expect(text.match(/^# /gm)).toHaveLength(1);
	});

	it('makes root-relative links absolute, and each resolves to a file of this build', () => {
		expect(outsideCode).not.toMatch(/\]\(\/[^)]*\)/);
		const internal = [...outsideCode.matchAll(/\]\((https:\/\/agentops\.example\.org\/[^)\s]*)/g)].map((m) => sitePath(m[1]!, base));
		expect(internal.length).toBeGreaterThan(20);
		expect(internal.filter((p) => !p.startsWith('/') || !builtFile(dir, p.split('#')[0]!))).toEqual([]);
	});
});
