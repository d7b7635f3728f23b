import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where it exists (Playwright's download is blocked on these machines). */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4317);
/** The same site built under a sub-path (npm test builds it into dist-sub/); smoke-tested when present. */
const subPort = port + 1;
const SUB_BASE = '/agentops/';
const withSub = existsSync('dist-sub/index.html');

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// Generous limits so no result depends on machine speed: on a busy two-core CI machine the
	// persona runs (145 answers each) took 40 s of a 60 s budget, and one run failed on time alone.
	timeout: 180_000,
	expect: { timeout: 15_000 },
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		// Every page registers the service worker, which precaches the whole site (~4 MB) in the
		// background: blocked here so each test measures the page alone; e2e/offline.spec.ts allows it.
		serviceWorkers: 'block',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /subpath\.spec\.ts/ },
		...(withSub
			? [
					{
						name: 'subpath',
						use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${subPort}${SUB_BASE}` },
						testMatch: /subpath\.spec\.ts/,
					},
				]
			: []),
	],
	// Tests run against the production build (npm test builds first), served by nginx with the
	// production rules in deploy/nginx/ (scripts/serve-nginx.sh; astro preview only if nginx is missing).
	webServer: [
		{
			command: `bash scripts/serve-nginx.sh dist ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 60_000,
			stdout: 'pipe',
		},
		...(withSub
			? [
					{
						command: `bash scripts/serve-nginx.sh dist-sub ${subPort} ${SUB_BASE}`,
						url: `http://127.0.0.1:${subPort}${SUB_BASE}`,
						reuseExistingServer: false,
						timeout: 60_000,
						stdout: 'pipe' as const,
					},
				]
			: []),
	],
});
