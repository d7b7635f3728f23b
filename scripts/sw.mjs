// Writes the service worker (dist/sw.js) with Workbox after the site and its Pagefind index are
// built: every file of the site (but the two for AI assistants) is precached on the first visit,
// so the whole portal (pages, search, assessment, downloads) works with the network off. A new
// release has a new precache manifest, so a new sw.js: it waits until the page asks it to take
// over (the "new version" notice in src/components/site/UpdateNotice.astro), then removes the old
// release's files.
// A site with thousands of pages of its own can leave some out of the first download:
// SW_PRECACHE_IGNORE takes comma-separated globs (e.g. 'docs/handbook-*/**'); those pages are then
// kept for offline use as they are read (see runtimeCaching below). docs/benchmarks.md has sizes.
// Usage: [SW_PRECACHE_IGNORE=globs] node scripts/sw.mjs [dist dir]
import { generateSW } from 'workbox-build';

const dir = process.argv[2] ?? 'dist';
const ignored = (process.env.SW_PRECACHE_IGNORE ?? '')
	.split(',')
	.map((glob) => glob.trim())
	.filter(Boolean);
const { count, size, warnings } = await generateSW({
	globDirectory: dir,
	globPatterns: ['**/*'],
	// The worker itself, host configuration that is not part of the site, and the files for AI
	// assistants (/llms.txt, /llms-full.txt: 210 KB that assistants fetch from the server and no page uses).
	globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js', '_headers', 'llms*.txt', ...ignored],
	swDest: `${dir}/sw.js`,
	// URLs in the manifest are relative to sw.js, so the same worker works under a sub-path.
	// One self-contained file: no importScripts, nothing to cache separately.
	inlineWorkboxRuntime: true,
	sourcemap: false,
	mode: 'production',
	// The largest files are the template kits (zip) and Pagefind's wasm; all well under this.
	maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
	// /docs/why/ is served from the cached /docs/why/index.html; query strings (search terms,
	// Pagefind's cache-busting ?ts=) do not change which file answers.
	directoryIndex: 'index.html',
	ignoreURLParametersMatching: [/.*/],
	// No navigateFallback: an unknown address must keep its honest 404 from the server. A page the
	// worker has not precached comes from the network and is kept as read (only 200s are kept);
	// when the network fails, a kept copy answers, else the offline page. Precached routes match
	// first, so this is only for SW_PRECACHE_IGNORE pages and unknown addresses.
	runtimeCaching: [
		{
			// An address typed without its trailing slash (/docs/why): online, the server redirects
			// it; offline, the worker does, to the saved /docs/why/ (precache matches exact URLs only).
			urlPattern: ({ request, url }) => request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname),
			handler: async ({ request, url }) => {
				try {
					return await fetch(request);
				} catch {
					return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
				}
			},
		},
		{
			urlPattern: ({ request }) => request.mode === 'navigate',
			handler: 'NetworkFirst',
			options: {
				cacheName: 'agentops-pages',
				expiration: { maxEntries: 500 },
				precacheFallback: { fallbackURL: 'offline/index.html' },
			},
		},
	],
	// The new release takes over only when the reader says so (no page mixes two releases);
	// clientsClaim lets the first install control the open page at once.
	skipWaiting: false,
	clientsClaim: true,
	cleanupOutdatedCaches: true,
	cacheId: 'agentops',
});
for (const w of warnings) console.warn(`sw: ${w}`);
if (warnings.length) process.exit(1);
console.log(
	`sw: precaching ${count} files (${Math.round(size / 1024)} KB) in ${dir}/sw.js${ignored.length ? `, leaving out ${ignored.join(', ')}` : ''}`,
);
