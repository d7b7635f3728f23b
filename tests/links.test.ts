/**
 * 0 broken internal links or anchors across the built site, and nothing loaded from another host.
 * Runs on dist/ (site at the domain root) and, when built (npm test builds it), on dist-sub/ (the
 * same site under /agentops/): there, a link that ignores the base path counts as broken.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_SUB, SUB_BASE, attrValues, builtFile, htmlPages, ids } from './dist';

/** The broken internal links and anchors of one page of a build served at `base`. */
export function brokenLinks(
	dir: string,
	base: string,
	page: { path: string; html: string },
	byPath: Map<string, { html: string }>,
): string[] {
	const broken: string[] = [];
	const refs = [
		...attrValues(page.html, 'a', 'href'),
		...attrValues(page.html, 'link', 'href'),
		...attrValues(page.html, 'script', 'src'),
		...attrValues(page.html, 'img', 'src'),
	];
	for (const ref of refs) {
		if (/^(mailto:|tel:|data:)/.test(ref)) continue;
		const url = new URL(ref, `http://site${base}${page.path.slice(1)}`);
		if (url.host !== 'site') continue; // links for people to click to other sites are fine
		if (!url.pathname.startsWith(base)) {
			broken.push(`${ref} (outside the base ${base})`);
			continue;
		}
		const sitePath = '/' + url.pathname.slice(base.length);
		const file = builtFile(dir, sitePath);
		if (!file) {
			broken.push(`${ref} (no such page)`);
			continue;
		}
		if (url.hash && url.hash !== '#') {
			const html = byPath.get(sitePath)?.html ?? (file.endsWith('.html') ? readFileSync(file, 'utf8') : '');
			if (!ids(html).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${ref} (no #${url.hash.slice(1)} there)`);
		}
	}
	return broken;
}

const builds: [string, string, string][] = [['dist/', DIST, '/']];
if (existsSync(join(DIST_SUB, 'index.html'))) builds.push([`dist-sub/ (base ${SUB_BASE})`, DIST_SUB, SUB_BASE]);

describe.each(builds)('internal links in %s', (_label, dir, base) => {
	const pages = htmlPages(dir);
	const byPath = new Map(pages.map((p) => [p.path, p]));

	it('the build has pages to check', () => {
		expect(pages.length).toBeGreaterThan(30);
	});

	it.each(pages.map((p) => [p.path, p] as const))('%s: every internal link and anchor resolves', (_path, page) => {
		expect(brokenLinks(dir, base, page, byPath)).toEqual([]);
	});
});

describe('external resources', () => {
	it('no page loads a script, stylesheet, image or font from another host', () => {
		const offenders = htmlPages().flatMap((p) =>
			[
				...attrValues(p.html, 'script', 'src'),
				...attrValues(p.html, 'img', 'src'),
				...attrValues(p.html, 'link', 'href').filter((h) => !/^https?:\/\/[^/]+\/?$/.test(h)),
				...[...p.html.matchAll(/url\((['"]?)(https?:[^)'"]+)\1\)/g)].map((m) => m[2]!),
			]
				.filter((u) => /^(https?:)?\/\//.test(u) && !u.includes('agentops.example.org'))
				.map((u) => `${p.path}: ${u}`),
		);
		expect(offenders).toEqual([]);
	});
});
