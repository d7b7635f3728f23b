// Builds the air-gapped release: release/agentops-portal-<version>.tar.gz holding the built site
// (site/), the server configurations (deploy/), HOSTING.md and SHA256SUMS (sha256sum -c format,
// over every other file in the archive), plus a .sha256 file beside the archive itself.
// Usage: npm run package (builds first). The version comes from package.json.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, process.argv[2] ?? 'dist');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`package: no build in ${relative(root, dist)}/: run npm run build first`);
	process.exit(1);
}

const out = join(root, 'release');
const folder = `${name}-${version}`;
const stage = join(out, folder);
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(dist, join(stage, 'site'), { recursive: true });
cpSync(join(root, 'deploy'), join(stage, 'deploy'), { recursive: true, filter: (src) => !src.endsWith('HOSTING.md') });
cpSync(join(root, 'deploy', 'HOSTING.md'), join(stage, 'HOSTING.md'));

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const files = walk(stage)
	.map((f) => relative(stage, f).replaceAll('\\', '/'))
	.sort();
writeFileSync(join(stage, 'SHA256SUMS'), files.map((f) => `${sha256(join(stage, f))}  ${f}\n`).join(''));

const archive = join(out, `${folder}.tar.gz`);
// Sorted names, fixed owner and the package's own mode bits: the same build gives the same listing.
execFileSync('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '-czf', archive, '-C', out, folder]);
writeFileSync(`${archive}.sha256`, `${sha256(archive)}  ${folder}.tar.gz\n`);
rmSync(stage, { recursive: true, force: true });
const kb = Math.round(statSync(archive).size / 1024);
console.log(`package: ${relative(root, archive)} (${kb} KB, ${files.length} files + SHA256SUMS)`);
