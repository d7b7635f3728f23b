/**
 * Sätteri (Astro 7's Markdown processor) hast plugin: prefixes root-relative links and images in
 * Markdown/MDX bodies with the site base, so content written as `/docs/why/` works when the site
 * is served under a sub-path (BASE_PATH=/agentops/). The Markdown counterpart of href() in
 * src/lib/paths.ts. Plain JavaScript because astro.config.mjs loads it before TypeScript runs.
 */

/**
 * Prefix one URL: only root-relative ones ("/x", not "//host") not already under the base.
 * @param {unknown} url
 * @param {string} base
 */
export function withBase(url, base) {
	const b = base.endsWith('/') ? base.slice(0, -1) : base;
	if (!b || typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return url;
	if (url === b || url.startsWith(`${b}/`)) return url;
	return `${b}${url}`;
}

/** @type {Record<string, string>} the URL attribute of each element that links or embeds */
const ATTRS = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/**
 * @param {string} base
 * @returns {{ name: string, element: { filter: string[], visit(node: { tagName: string, properties?: Record<string, unknown> }, ctx: { setProperty(node: unknown, key: string, value: unknown): void }): void } }}
 */
export function baseLinks(base) {
	return {
		name: 'agentops-base-links',
		element: {
			filter: Object.keys(ATTRS),
			visit(node, ctx) {
				const attr = ATTRS[node.tagName];
				const value = attr ? node.properties?.[attr] : undefined;
				const next = withBase(value, base);
				if (attr && typeof value === 'string' && next !== value) ctx.setProperty(node, attr, next);
			},
		},
	};
}
