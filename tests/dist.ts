/** Reads the built site (dist/) for the site checks. Fails with a clear message if there is no build. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', 'dist');
/** The same site built under a sub-path (npm test builds it with BASE_PATH=/agentops/). */
export const DIST_SUB = join(import.meta.dirname, '..', 'dist-sub');
export const SUB_BASE = '/agentops/';

export function requireBuild(dir: string = DIST): void {
	if (!existsSync(join(dir, 'index.html')))
		throw new Error(`No build in ${relative(join(import.meta.dirname, '..'), dir)}/: run \`npm run build\` first (npm test does).`);
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

/** Every HTML page of a build (dist/ by default): its site path ("/docs/why/", without the base) and its text. */
export function htmlPages(dir: string = DIST): { path: string; file: string; html: string }[] {
	requireBuild(dir);
	return walk(dir)
		.filter((f) => f.endsWith('.html') && !f.includes(`${dir}/pagefind`))
		.map((file) => {
			const rel = '/' + relative(dir, file).replaceAll('\\', '/');
			const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
			return { path, file, html: readFileSync(file, 'utf8') };
		});
}

export const attrValues = (html: string, tag: string, attr: string): string[] =>
	[...html.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!.replaceAll('&amp;', '&'));

export const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** The file a site path (without the base) is served from, or undefined. */
export function builtFile(dir: string, pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname);
	const candidates = decoded.endsWith('/') ? [join(dir, decoded, 'index.html')] : [join(dir, decoded), join(dir, decoded, 'index.html')];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
