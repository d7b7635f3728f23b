/**
 * What the production web server (nginx with deploy/nginx/) sends: security headers on every
 * response, the right MIME types for downloads and Pagefind's files, long caching only for hashed
 * assets, compression, redirects to the trailing slash, and the site's 404 page.
 */
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { test, expect } from './fixtures';

const SECURITY = {
	'strict-transport-security': /max-age=\d{8,}; includeSubDomains/,
	'x-content-type-options': /^nosniff$/,
	'referrer-policy': /^no-referrer$/,
	'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
	'x-frame-options': /^DENY$/,
};

const asset = (ext: string) => `/_astro/${readdirSync('dist/_astro').find((f) => f.endsWith(ext))}`;

test('pages carry the security headers, a CSP header with frame-ancestors, and revalidate', async ({ request }) => {
	for (const path of ['/', '/docs/why/', '/assessment/', '/search/']) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		const h = res.headers();
		for (const [name, value] of Object.entries(SECURITY)) expect(h[name], `${path} ${name}`).toMatch(value);
		const csp = h['content-security-policy'] ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("worker-src 'self'");
		// Script and style rules stay in each page's <meta> CSP, which carries the per-page hashes.
		expect(csp).not.toMatch(/default-src|script-src|style-src/);
		expect(h['content-type']).toBe('text/html; charset=utf-8');
		expect(h['cache-control']).toBe('no-cache');
	}
});

test("nginx's own error responses (400 bad request, 414 address too long, 404) carry the security headers too", async ({
	request,
	baseURL,
}) => {
	const tooLong = await request.get(`/${'a'.repeat(20_000)}`);
	expect(tooLong.status()).toBe(414);
	// A request line nginx cannot parse never reaches a location, so it is sent by hand.
	const { port } = new URL(baseURL!);
	const badRequest = await new Promise<string>((resolve, reject) => {
		const socket = connect(Number(port), '127.0.0.1', () => socket.end('GET / HTTP/1.1\r\nHost: a b\r\n\r\n'));
		let text = '';
		socket.on('data', (d) => (text += d));
		socket.on('end', () => resolve(text));
		socket.on('error', reject);
	});
	expect(badRequest).toMatch(/^HTTP\/1\.1 400/);
	const headers = Object.fromEntries(
		badRequest
			.split('\r\n\r\n')[0]!
			.split('\r\n')
			.slice(1)
			.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
	);
	const notFound = await request.get('/no-such-page/');
	expect(notFound.status()).toBe(404);
	for (const [what, h] of [
		['414', tooLong.headers()],
		['400', headers],
		['404', notFound.headers()],
	] as const) {
		for (const [name, value] of Object.entries(SECURITY)) expect(h[name], `${what} ${name}`).toMatch(value);
		expect(h['content-security-policy'], `${what} CSP`).toContain("frame-ancestors 'none'");
	}
});

test('the <meta> CSP and the header CSP together still let the page run its scripts', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
	await page.goto('/assessment/quick/');
	// A hydrated island loses its ssr attribute: the inline hydration script (hash in the meta CSP) ran.
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	expect(violations).toEqual([]);
});

test('hashed assets are cached for a year and compressed', async ({ request }) => {
	for (const ext of ['.css', '.js']) {
		const res = await request.get(asset(ext), { headers: { 'accept-encoding': 'gzip' } });
		expect(res.status()).toBe(200);
		expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(res.headers()['content-encoding']).toMatch(/gzip|br/);
		expect(res.headers()['x-content-type-options']).toBe('nosniff');
	}
	expect((await request.get(asset('.js'))).headers()['content-type']).toMatch(/^application\/javascript/);
});

test('Pagefind files get types the browser accepts, hashed chunks cached long', async ({ request }) => {
	const meta = readdirSync('dist/pagefind').find((f) => f.endsWith('.pf_meta'))!;
	const index = readdirSync('dist/pagefind/index')[0]!;
	const fragment = readdirSync('dist/pagefind/fragment')[0]!;
	for (const path of [`/pagefind/${meta}`, `/pagefind/index/${index}`, `/pagefind/fragment/${fragment}`]) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['content-type'], path).toBe('application/octet-stream');
		expect(res.headers()['cache-control'], path).toContain('immutable');
		// Already gzipped by Pagefind: the server must not compress it twice.
		expect(res.headers()['content-encoding'], path).toBeUndefined();
	}
	const js = await request.get('/pagefind/pagefind.js');
	expect(js.headers()['content-type']).toMatch(/^application\/javascript/);
	expect(js.headers()['cache-control']).toBe('no-cache');
	expect((await request.get('/pagefind/pagefind-entry.json')).headers()['content-type']).toMatch(/^application\/json/);
});

test('template downloads are served with their own types', async ({ request }) => {
	const expected: Record<string, RegExp> = {
		'/templates/files/gateway-observability/start.sh': /^application\/x-sh/,
		'/templates/files/gateway-observability/docker-compose.yaml': /^application\/yaml/,
		'/templates/files/autonomy-matrix/autonomy-matrix.csv': /^text\/csv/,
		'/templates/files/learnings-log/LEARNINGS.md': /^text\/markdown/,
	};
	for (const [path, type] of Object.entries(expected)) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['content-type'], path).toMatch(type);
		expect(res.headers()['x-content-type-options']).toBe('nosniff');
	}
	const zip = readdirSync('dist/templates/kits').find((f) => f.endsWith('.zip'));
	expect(zip).toBeTruthy();
	expect((await request.get(`/templates/kits/${zip}`)).headers()['content-type']).toBe('application/zip');
});

test('llms.txt and llms-full.txt are UTF-8 plain text', async ({ request }) => {
	for (const path of ['/llms.txt', '/llms-full.txt']) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['content-type'], path).toBe('text/plain; charset=utf-8');
		expect(await res.text()).toMatch(/^# AgentOps/);
	}
});

test('an address without its trailing slash redirects to the page on the same host', async ({ request }) => {
	const res = await request.get('/docs/why', { maxRedirects: 0 });
	expect(res.status()).toBe(301);
	expect(res.headers()['location']).toBe('/docs/why/');
});

test('unknown addresses get the site 404 page with the security headers', { annotation: { type: 'expect-404' } }, async ({ request }) => {
	const res = await request.get('/no/such/page/');
	expect(res.status()).toBe(404);
	expect(await res.text()).toContain('Page not found');
	expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});
