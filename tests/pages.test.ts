/**
 * Page-level gates on the built site: a strict Content-Security-Policy on every page, and a
 * JavaScript budget: docs pages ship nothing but the theme toggle (search lives on /search/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, attrValues, htmlPages } from './dist';

const pages = htmlPages();

/** Gzipped bytes of all JavaScript a page loads up front: inline modules and external scripts. */
function jsBytes(html: string): number {
	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
	const external = attrValues(html, 'script', 'src').map((src) => readFileSync(join(DIST, new URL(src, 'http://site/').pathname)));
	const islands = [...html.matchAll(/component-url="([^"]+)"/g)].map((m) =>
		readFileSync(join(DIST, new URL(m[1]!.replaceAll('&amp;', '&'), 'http://site/').pathname)),
	);
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
		// Every inline script is allowed by its hash, and none comes before the policy (a <meta>
		// CSP does not cover what the browser has already parsed).
		const at = html.search(/<meta http-equiv="content-security-policy"/i);
		for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
			const hash = createHash('sha256').update(m[1]!).digest('base64');
			expect(csp, `inline script ${m[1]!.slice(0, 40)}…`).toContain(`'sha256-${hash}'`);
			expect(m.index, 'inline script before the CSP').toBeGreaterThan(at);
		}
		// Compiling WebAssembly is allowed only where Pagefind runs: the search page.
		expect(/'wasm-unsafe-eval'/.test(csp!), "'wasm-unsafe-eval'").toBe(_path === '/search/');
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

describe('code blocks (one highlighter: Shiki, with token classes)', () => {
	const pres = pages.flatMap((p) => [...p.html.matchAll(/<pre\b[^>]*>/g)].map((m) => [p.path, m[0]] as const));
	it('there are highlighted code blocks in Markdown bodies and in file previews', () => {
		expect(pres.filter(([, tag]) => tag.includes('data-astro-cid')).length).toBeGreaterThan(10);
		expect(pres.filter(([, tag]) => !tag.includes('data-astro-cid')).length).toBeGreaterThan(10);
	});
	it.each(pres)('%s: %s is Shiki output with no inline style and at most one tabindex', (_path, tag) => {
		expect(tag).toContain('astro-code');
		expect(tag).not.toMatch(/\sstyle=/);
		expect(tag.match(/\stabindex=/g)?.length ?? 0).toBeLessThanOrEqual(1);
	});
	it('each Markdown code block is a keyboard stop (it scrolls sideways on narrow screens)', () => {
		const markdown = pres.filter(([, tag]) => !tag.includes('data-astro-cid'));
		expect(markdown.filter(([, tag]) => !/\stabindex="0"/.test(tag))).toEqual([]);
	});
	it('a file preview is one keyboard stop: its scrolling wrapper, not also its <pre>', () => {
		const previews = pres.filter(([, tag]) => tag.includes('data-astro-cid'));
		expect(previews.filter(([, tag]) => /\stabindex=/.test(tag))).toEqual([]);
	});
	it('no page carries an inline style attribute (the CSP refuses them)', () => {
		expect(pages.filter((p) => /<[a-z][^>]*\sstyle="/.test(p.html)).map((p) => p.path)).toEqual([]);
	});
});
