/**
 * The air-gapped release: `node scripts/package.mjs` makes a versioned tar.gz of dist/ whose
 * SHA256SUMS verify after unpacking, with the hosting guide, and whose site/ serves as is with the
 * nginx rules it ships (the same script the e2e tests use).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from './dist';

const root = join(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const folder = `${name}-${version}`;
const archive = join(root, 'release', `${folder}.tar.gz`);
const unpacked = mkdtempSync(join(tmpdir(), 'agentops-release-'));

const freePort = () =>
	new Promise<number>((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});

beforeAll(() => {
	requireBuild();
	execFileSync('node', ['scripts/package.mjs'], { cwd: root, stdio: 'pipe' });
	execFileSync('tar', ['-xzf', archive, '-C', unpacked]);
}, 120_000);
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

describe('release archive', () => {
	it('is named after the package version and has its own checksum file', () => {
		expect(existsSync(archive)).toBe(true);
		const [hash, file] = readFileSync(`${archive}.sha256`, 'utf8').trim().split(/\s+/);
		expect(file).toBe(`${folder}.tar.gz`);
		expect(execFileSync('sha256sum', [archive], { encoding: 'utf8' }).split(' ')[0]).toBe(hash);
		// A sanity bound: the site is a few MB unpacked and about 1 MB packed.
		expect(statSync(archive).size).toBeLessThan(5 * 1024 * 1024);
	});

	it('holds the site, the server configuration and the hosting guide; every checksum verifies', () => {
		const dir = join(unpacked, folder);
		for (const f of [
			'site/index.html',
			'site/404.html',
			'site/pagefind/pagefind.js',
			'deploy/nginx/agentops.conf',
			'deploy/nginx/site.conf',
			'deploy/static-hosts/_headers',
			'HOSTING.md',
			'SHA256SUMS',
		]) {
			expect(existsSync(join(dir, f)), f).toBe(true);
		}
		const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n');
		expect(sums.length).toBeGreaterThan(100);
		// Throws (and fails the test) on any mismatch or missing file.
		execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir });
	});

	it('serves from the unpacked folder with the shipped nginx rules', async () => {
		const port = await freePort();
		const server = spawn('bash', ['scripts/serve-nginx.sh', join(unpacked, folder, 'site'), String(port)], {
			cwd: root,
			detached: true,
			stdio: 'ignore',
		});
		try {
			const url = `http://127.0.0.1:${port}`;
			let home: Response | undefined;
			for (let i = 0; i < 100 && !home; i++) {
				home = await fetch(`${url}/`).catch(() => undefined);
				if (!home) await new Promise((r) => setTimeout(r, 200));
			}
			expect(home?.status).toBe(200);
			expect(await home!.text()).toContain('AgentOps');
			const page = await fetch(`${url}/docs/why/`);
			expect(page.status).toBe(200);
			expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
			const pagefind = await fetch(`${url}/pagefind/pagefind-entry.json`);
			expect(pagefind.status).toBe(200);
			expect((await fetch(`${url}/no/such/page/`)).status).toBe(404);
		} finally {
			process.kill(-server.pid!, 'SIGTERM');
		}
	}, 60_000);
});
