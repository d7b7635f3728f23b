/** Reads the built site (dist/) for the site checks. Fails with a clear message if there is no build. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', 'dist');

export function requireBuild(): void {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error('No build in dist/: run `npm run build` first (npm test does).');
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

/** Every HTML page: its site path ("/docs/why/") and its text. */
export function htmlPages(): { path: string; file: string; html: string }[] {
	requireBuild();
	return walk(DIST)
		.filter((f) => f.endsWith('.html') && !f.includes(`${DIST}/pagefind`))
		.map((file) => {
			const rel = '/' + relative(DIST, file).replaceAll('\\', '/');
			const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
			return { path, file, html: readFileSync(file, 'utf8') };
		});
}

export const attrValues = (html: string, tag: string, attr: string): string[] =>
	[...html.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!.replaceAll('&amp;', '&'));

export const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
