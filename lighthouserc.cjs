// Lighthouse CI (`npm run lighthouse`, and part of `npm test`): one key page of every page type,
// served by nginx with the production rules (scripts/serve-nginx.sh), mobile profile.
// Goal 100 in all four categories: below 100 is a warning, below 95 (the floor) fails the run.
// Reports stay on this machine (.lighthouseci/), never uploaded anywhere.
const port = process.env.LHCI_PORT ?? '4391';
const origin = `http://127.0.0.1:${port}`;

const KEY_PAGES = [
	'/', // home
	'/docs/patterns/observability/', // docs
	'/assessment/', // full assessment (largest island)
	'/assessment/quick/', // quick check
	'/assessment/results/', // results (noindex: see below)
	'/templates/', // templates index with filters
	'/templates/agents-md/', // one template with its preview
	'/case-studies/family-private-assistant/', // one case study
	'/workshop/modules/validation-gates/', // one curriculum module
	'/workshop/agenda/', // agenda builder
	'/search/?q=gateway', // search (noindex: see below)
];

// Noindex on purpose (personal results, search result lists; astro.config.mjs NOINDEX): Lighthouse's
// SEO category counts "is-crawlable" against them, so there every other SEO audit is asserted one by one.
const NOINDEX_PAGES = ['/assessment/results/', '/search/?q=gateway'];
const SEO_AUDITS_BUT_CRAWLABLE = ['document-title', 'meta-description', 'http-status-code', 'link-text', 'crawlable-anchors', 'robots-txt', 'image-alt', 'hreflang', 'canonical'];

const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const noindex = `(${NOINDEX_PAGES.map(escape).join('|')})$`;
const indexable = `^(?!.*${noindex}).*$`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const scores = (categories, level, minScore) =>
	Object.fromEntries(categories.map((id) => [`categories:${id}`, [level, { minScore, aggregationMethod: 'optimistic' }]]));

module.exports = {
	ci: {
		collect: {
			url: KEY_PAGES.map((path) => origin + path),
			startServerCommand: `bash scripts/serve-nginx.sh dist ${port}`,
			startServerReadyPattern: 'nginx: serving',
			// Three runs per page; a score must reach the floor in at least one. Performance on these
			// shared 2-core machines varies by several points from run to run (the same page has scored
			// 93 and 99 minutes apart); the table printed by scripts/lighthouse.mjs shows the median too.
			numberOfRuns: 3,
			chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			settings: {
				// As the rest of the test run: no background traffic to Google's hosts (the network is closed).
				chromeFlags: '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
			},
		},
		assert: {
			assertMatrix: [
				// The floor, and nothing the browser reports as a problem (CSP violations show up as DevTools issues).
				{
					matchingUrlPattern: '.*',
					assertions: {
						...scores(['performance', 'accessibility', 'best-practices'], 'error', 0.95),
						'errors-in-console': 'error',
						'inspector-issues': 'error',
					},
				},
				{ matchingUrlPattern: indexable, assertions: scores(['seo'], 'error', 0.95) },
				{ matchingUrlPattern: noindex, assertions: Object.fromEntries(SEO_AUDITS_BUT_CRAWLABLE.map((id) => [id, 'error'])) },
				// The goal: 100 everywhere (a warning, not a failure).
				{ matchingUrlPattern: indexable, assertions: scores(CATEGORIES, 'warn', 1) },
				{ matchingUrlPattern: noindex, assertions: scores(CATEGORIES.slice(0, 3), 'warn', 1) },
			],
		},
		upload: { target: 'filesystem', outputDir: '.lighthouseci/reports' },
	},
};
