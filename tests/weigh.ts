/**
 * What a page of the built site weighs on the wire: gzipped bytes of its HTML, of the CSS it
 * links, and of the JavaScript it runs at load (inline scripts, external scripts, island components
 * and renderers, and every module those import statically, each file counted once).
 * Scripts a page imports later on demand (Pagefind's loader and index) are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, attrValues } from './dist';

export type Weight = { html: number; css: number; js: number };

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** Static imports of a built module ("./x.js", "/_astro/x.js"): import … from "…", import "…", export … from "…". */
function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

function jsClosure(dir: string, start: string[]): string[] {
	const seen = new Set<string>();
	const queue = [...start];
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		for (const spec of staticImports(readFileSync(file, 'utf8'))) {
			queue.push(spec.startsWith('/') ? join(dir, spec) : join(dirname(file), spec));
		}
	}
	return [...seen];
}

export function weigh(html: string, dir: string = DIST): Weight {
	const local = (url: string) => join(dir, new URL(url.replaceAll('&amp;', '&'), 'http://site/').pathname);
	const styles = attrValues(html, 'link', 'href')
		.filter((h, i, all) => /\.css($|\?)/.test(h) && all.indexOf(h) === i)
		.map((h) => readFileSync(local(h)));
	const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
	const inlineJs = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
	const entries = [
		...attrValues(html, 'script', 'src'),
		...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!),
	].map(local);
	const modules = jsClosure(dir, entries);
	return {
		html: gz(html),
		css: styles.reduce((n, b) => n + gz(b), 0) + (inlineStyles ? gz(inlineStyles) : 0),
		js: modules.reduce((n, f) => n + gz(readFileSync(f)), 0) + (inlineJs ? gz(inlineJs) : 0),
	};
}
