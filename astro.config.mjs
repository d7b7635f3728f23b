// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/lib/markdown/base-links.mjs';
import { styleToClasses } from './src/lib/library/highlight.ts';
import { CSP_DIRECTIVES } from './src/lib/server-rules.ts';

/**
 * `SITE_URL` and `BASE_PATH` let the same source deploy to a domain root or a sub-path
 * (e.g. a project Pages site at /agentops/). Internal links go through `href()` in src/lib/paths.ts.
 */
// The placeholder host is PLACEHOLDER_HOST in src/lib/site.ts: kits never link to it.
const site = process.env.SITE_URL ?? 'https://agentops.example.org';
const base = process.env.BASE_PATH ?? '/';
/** Pages that carry <meta name="robots" content="noindex">; e2e scans them in addition to the sitemap. */
export const NOINDEX = [
	'/search/',
	'/assessment/results/',
	'/assessment/shared/',
	'/assessment/history/',
	'/assessment/backups/',
	'/offline/',
];

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// A validation gate: two entries with one id in a data file (or two pages on one route) fail the
	// build instead of a warning that lets the later entry silently replace the earlier one.
	prerenderConflictBehavior: 'error',
	// Per checkout, not node_modules/.astro: worktrees that share node_modules must not share a content cache.
	cacheDir: './.astro/cache',
	integrations: [
		// MDX bodies go through the same Sätteri hast plugins as Markdown (base links, Shiki).
		mdx(),
		preact(),
		// Pages marked noindex (search results, personal results) stay out of the sitemap.
		sitemap({ filter: (page) => !NOINDEX.some((path) => page.endsWith(path)) }),
	],
	build: { format: 'directory' },
	// One highlighter, Shiki, for Markdown and file previews; styleToClasses turns its inline styles
	// (which the strict CSP refuses) into token classes; Shiki makes each <pre> a keyboard stop
	// (tabindex="0"), as scrolling code blocks must be (WCAG 2.1.1). baseLinks: root-relative links in
	// Markdown/MDX bodies get the base, like href() in code.
	markdown: {
		syntaxHighlight: 'shiki',
		shikiConfig: { theme: 'github-light', transformers: [styleToClasses] },
		processor: satteri({ hastPlugins: [baseLinks(base)] }),
	},
	// Nothing is fetched from another host: no prefetch of external links, no font providers.
	prefetch: false,
	devToolbar: { enabled: false },
	security: {
		csp: {
			algorithm: 'SHA-256',
			// The same table gives the servers' CSP header (deploy/, checked by tests/server-config.test.ts).
			directives: [...CSP_DIRECTIVES],
			// 'self' serves the bundled islands and Pagefind's script; the search page alone adds
			// 'wasm-unsafe-eval' for Pagefind's WebAssembly (src/pages/search.astro).
			scriptDirective: { resources: ["'self'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
