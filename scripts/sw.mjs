// Writes the service worker (dist/sw.js) with Workbox after the site and its Pagefind index are
// built: every file of the site is precached on the first visit, so the whole portal (pages,
// search, assessment, downloads) works with the network off. A new release has a new precache
// manifest, so a new sw.js: it waits until the page asks it to take over (the "new version"
// notice in src/components/site/UpdateNotice.astro), then removes the old release's files.
// Usage: node scripts/sw.mjs [dist dir]
import { generateSW } from 'workbox-build';

const dir = process.argv[2] ?? 'dist';
const { count, size, warnings } = await generateSW({
	globDirectory: dir,
	globPatterns: ['**/*'],
	// The worker itself, and host configuration that is not part of the site.
	globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js', '_headers'],
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
	// No navigateFallback: an unknown address must keep its honest 404 from the server. Only when
	// the network fails does an address the worker has not saved get the offline page (precached
	// routes are matched before this one).
	runtimeCaching: [
		{
			urlPattern: ({ request }) => request.mode === 'navigate',
			handler: 'NetworkOnly',
			options: { precacheFallback: { fallbackURL: 'offline/index.html' } },
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
console.log(`sw: precaching ${count} files (${Math.round(size / 1024)} KB) in ${dir}/sw.js`);
