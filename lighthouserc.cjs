// Lighthouse CI (`npm run lighthouse`, and part of `npm test`): one key page of every page type,
// served by nginx with the production rules (scripts/serve-nginx.sh), mobile profile.
// Goal 100 in all four categories: below 100 is a warning, below 95 (the floor) fails the run.
// Reports stay on this machine (.lighthouseci/), never uploaded anywhere.
const port = process.env.LHCI_PORT ?? '4391';
const origin = `http://127.0.0.1:${port}`;

// Pages without islands score the same run after run; pages with one vary with the host's speed:
// on these shared 2-core VMs Lighthouse's own CPU benchmark (benchmarkIndex) swings between about
// 1,000 and 2,000 within minutes, and its fixed 4x CPU slowdown then simulates a phone up to twice
// as slow as intended (the results page has scored 91 and 98 on the same build). scripts/lighthouse.mjs
// runs the first kind once and the second five times; the floor holds when one run reaches it, and
// the printed table shows the median and the host's benchmark range too.
const STATIC_PAGES = [
	'/', // home
	'/docs/patterns/observability/', // docs
	'/templates/', // templates index with filters
	'/templates/agents-md/', // one template with its preview
	'/case-studies/family-private-assistant/', // one case study
	'/workshop/modules/validation-gates/', // one curriculum module
];
const INTERACTIVE_PAGES = [
	'/assessment/', // full assessment (largest island)
	'/assessment/quick/', // quick check
	'/assessment/results/', // results (noindex: see below)
	'/workshop/agenda/', // agenda builder
	'/search/?q=gateway', // search: Pagefind and its wasm (noindex: see below)
];
const KEY_PAGES = [...STATIC_PAGES, ...INTERACTIVE_PAGES];

// Noindex on purpose (personal results, search result lists; astro.config.mjs NOINDEX): Lighthouse's
// SEO category counts "is-crawlable" against them, so there every other SEO audit is asserted one by one.
const NOINDEX_PAGES = ['/assessment/results/', '/search/?q=gateway'];
const SEO_AUDITS_BUT_CRAWLABLE = [
	'document-title',
	'meta-description',
	'http-status-code',
	'link-text',
	'crawlable-anchors',
	'robots-txt',
	'image-alt',
	'hreflang',
	'canonical',
];

const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const noindex = `(${NOINDEX_PAGES.map(escape).join('|')})$`;
const indexable = `^(?!.*${noindex}).*$`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const scores = (categories, level, minScore) =>
	Object.fromEntries(categories.map((id) => [`categories:${id}`, [level, { minScore, aggregationMethod: 'optimistic' }]]));

module.exports = {
	pages: { static: STATIC_PAGES.map((path) => origin + path), interactive: INTERACTIVE_PAGES.map((path) => origin + path) },
	ci: {
		collect: {
			url: KEY_PAGES.map((path) => origin + path),
			startServerCommand: `bash scripts/serve-nginx.sh dist ${port}`,
			startServerReadyPattern: 'nginx: serving',
			// `lhci autorun` alone runs every page five times; npm test runs static pages once (above).
			numberOfRuns: 5,
			chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			settings: {
				// As the rest of the test run: no background traffic to Google's hosts (the network is closed).
				chromeFlags:
					'--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
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
