/**
 * Page-level gates on the built site: a strict Content-Security-Policy on every page, and a
 * JavaScript budget: docs pages ship nothing but the theme toggle (search lives on /search/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, attrValues, htmlPages } from './dist';

const pages = htmlPages();

/** Gzipped bytes of all JavaScript a page loads up front: inline modules and external scripts. */
function jsBytes(html: string): number {
	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
	const external = attrValues(html, 'script', 'src').map((src) => readFileSync(join(DIST, new URL(src, 'http://site/').pathname)));
	const islands = [...html.matchAll(/component-url="([^"]+)"/g)].map((m) => readFileSync(join(DIST, new URL(m[1]!.replaceAll('&amp;', '&'), 'http://site/').pathname)));
	return gzipSync(Buffer.concat([Buffer.from(inline), ...external, ...islands])).length;
}

describe('Content-Security-Policy', () => {
	it.each(pages.map((p) => [p.path, p.html] as const))('%s has a strict CSP', (_path, html) => {
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
		expect(csp, 'CSP meta tag').toBeDefined();
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toMatch(/script-src [^;]*'sha256-/);
		expect(csp).not.toMatch(/script-src [^;]*'unsafe-(inline|eval)'/);
		expect(csp).not.toMatch(/https?:/);
	});
});

describe('JavaScript budget', () => {
	const docs = pages.filter((p) => p.path.startsWith('/docs/'));
	it('there are docs pages to measure', () => expect(docs.length).toBeGreaterThan(25));
	it.each(docs.map((p) => [p.path, p.html] as const))('%s ships no islands and at most 1.5 KB of JS (theme toggle)', (_path, html) => {
		expect(html).not.toContain('<astro-island');
		expect(jsBytes(html)).toBeLessThanOrEqual(1536);
	});
});
