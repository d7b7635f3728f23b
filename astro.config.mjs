// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks, focusableCode } from './src/lib/markdown/base-links.mjs';

/**
 * `SITE_URL` and `BASE_PATH` let the same source deploy to a domain root or a sub-path
 * (e.g. a project Pages site at /agentops/). Internal links go through `href()` in src/lib/paths.ts.
 */
const site = process.env.SITE_URL ?? 'https://agentops.example.org';
const base = process.env.BASE_PATH ?? '/';
/** Pages that carry <meta name="robots" content="noindex">; e2e scans them in addition to the sitemap. */
export const NOINDEX = ['/search/', '/assessment/results/', '/assessment/shared/', '/assessment/history/', '/offline/'];

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Per checkout, not node_modules/.astro: worktrees that share node_modules must not share a content cache.
	cacheDir: './.astro/cache',
	integrations: [
		// MDX bodies map `a` to components/workshop/Link.astro, which applies the base itself.
		mdx({ processor: satteri({ hastPlugins: [focusableCode()] }) }),
		preact(),
		// Pages marked noindex (search results, personal results) stay out of the sitemap.
		sitemap({ filter: (page) => !NOINDEX.some((path) => page.endsWith(path)) }),
	],
	build: { format: 'directory' },
	// Prism marks tokens with classes; Shiki's inline style attributes would break the strict CSP.
	// baseLinks: root-relative links in Markdown/MDX bodies get the base, like href() in code.
	markdown: { syntaxHighlight: 'prism', processor: satteri({ hastPlugins: [baseLinks(base), focusableCode()] }) },
	// Nothing is fetched from another host: no prefetch of external links, no font providers.
	prefetch: false,
	devToolbar: { enabled: false },
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"manifest-src 'self'",
				"worker-src 'self'",
			],
			// 'self' serves the bundled islands and Pagefind's script; Pagefind runs WebAssembly.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
