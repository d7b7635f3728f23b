/** 0 broken internal links or anchors across the built site, and nothing loaded from another host. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, attrValues, htmlPages, ids } from './dist';

const pages = htmlPages();
const byPath = new Map(pages.map((p) => [p.path, p]));

/** The file a site path is served from, or undefined. */
function target(pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname);
	const candidates = decoded.endsWith('/') ? [join(DIST, decoded, 'index.html')] : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
	return candidates.find((c) => existsSync(c));
}

describe('internal links', () => {
	it('the build has pages to check', () => {
		expect(pages.length).toBeGreaterThan(30);
	});

	it.each(pages.map((p) => [p.path, p] as const))('%s: every internal link and anchor resolves', (_path, page) => {
		const broken: string[] = [];
		const refs = [...attrValues(page.html, 'a', 'href'), ...attrValues(page.html, 'link', 'href'), ...attrValues(page.html, 'script', 'src'), ...attrValues(page.html, 'img', 'src')];
		for (const ref of refs) {
			if (/^(mailto:|tel:|data:)/.test(ref)) continue;
			const url = new URL(ref, `http://site${page.path}`);
			if (url.host !== 'site') continue; // links for people to click to other sites are fine
			const file = target(url.pathname);
			if (!file) {
				broken.push(`${ref} (no such page)`);
				continue;
			}
			if (url.hash && url.hash !== '#') {
				const html = byPath.get(url.pathname)?.html ?? (file.endsWith('.html') ? readFileSync(file, 'utf8') : '');
				if (!ids(html).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${ref} (no #${url.hash.slice(1)} there)`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('no page loads a script, stylesheet, image or font from another host', () => {
		const offenders = pages.flatMap((p) =>
			[...attrValues(p.html, 'script', 'src'), ...attrValues(p.html, 'img', 'src'), ...attrValues(p.html, 'link', 'href').filter((h) => !/^https?:\/\/[^/]+\/?$/.test(h)), ...[...p.html.matchAll(/url\((['"]?)(https?:[^)'"]+)\1\)/g)].map((m) => m[2]!)]
				.filter((u) => /^(https?:)?\/\//.test(u) && !u.includes('agentops.example.org'))
				.map((u) => `${p.path}: ${u}`),
		);
		expect(offenders).toEqual([]);
	});
});
