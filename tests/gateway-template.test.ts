/**
 * The gateway-observability template's honesty rules (issue 14): the MinIO image Docker Hub no
 * longer serves is gone, the stack says it was not run here, the "Try it" request uses a key the
 * shell has set before it is used, and every image is pinned to an exact release tag, so the file
 * says what a pull will get. The compose file is read as YAML, the way Docker Compose reads it.
 * The workshop lab that teaches the stack must not contradict it: same start command, aliases,
 * service names and addresses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const dir = 'src/templates/files/gateway-observability';
const compose = readFileSync(`${dir}/docker-compose.yaml`, 'utf8');
const start = readFileSync(`${dir}/start.sh`, 'utf8');

type Service = { image?: unknown; profiles?: unknown; environment?: Record<string, unknown> };
const parsed = parseYaml(compose, { strict: true, uniqueKeys: true, merge: true }) as { services: Record<string, Service> };
const images = Object.entries(parsed.services).map(([name, service]) => ({ name, image: String(service.image ?? '') }));

/**
 * The tag of an image reference ("" when there is none): what follows the last colon after the
 * last slash, so a registry port ("host:5000/name") is not taken for a tag; a digest is dropped.
 */
function tagOf(image: string): string {
	const name = image.split('@')[0]!;
	const last = name.slice(name.lastIndexOf('/') + 1);
	return last.includes(':') ? last.slice(last.indexOf(':') + 1) : '';
}

/**
 * Projects whose releases have two numbers: PostgreSQL numbers each release major.minor since
 * version 10, so postgres:17.11 is one release while postgres:17 follows the whole line.
 */
const TWO_PART_RELEASES = new Set(['postgres']);

/**
 * Why an image's tag does not name one release, or undefined when it does. Moving tags: none,
 * latest, main, stable and their variants (main-stable, main-latest, lts, nightly, dev), a bare
 * major ("17") or major.minor ("7.4", "26.3"), and anything holding a variable.
 */
function movingTag(image: string): string | undefined {
	const tag = tagOf(image);
	const name = image.split('@')[0]!.split('/').pop()!.split(':')[0]!;
	if (tag === '') return 'no tag (Docker pulls latest)';
	if (/\$/.test(tag)) return 'a variable decides the tag';
	if (/^(latest|main|stable|lts|nightly|dev|edge)$/i.test(tag) || /(^|-)(latest|stable|nightly)$/i.test(tag))
		return 'a channel, not a release';
	if (/^v?\d+(-[a-z0-9]+)?$/i.test(tag)) return 'a major or minor line, not a release';
	if (/^v?\d+\.\d+(-[a-z0-9]+)?$/i.test(tag) && !TWO_PART_RELEASES.has(name)) return 'a major or minor line, not a release';
	if (!/\d+\.\d+|RELEASE\.\d{4}-\d{2}-\d{2}T/.test(tag)) return 'no exact version in it';
	return undefined;
}

describe('gateway-observability template', () => {
	it('does not use the Docker Hub minio/minio image', () => {
		const images = [...compose.matchAll(/^\s*image:\s*(\S+)/gm)].map((m) => m[1]);
		expect(images.length).toBeGreaterThan(5);
		for (const image of images) expect(image).not.toMatch(/^(docker\.io\/)?minio\/minio(:|$)/);
	});

	it('puts the optional chat interface behind a profile, pinned to a release', () => {
		const service = compose.split(/^ {2}open-webui:$/m)[1]?.split(/^ {2}\S|^\S/m)[0] ?? '';
		expect(service).toMatch(/image:\s*ghcr\.io\/open-webui\/open-webui:v?\d+\.\d+\.\d+\s*$/m);
		expect(service).toMatch(/profiles:\s*\["ui"\]/);
		expect(service).toMatch(/OPENAI_API_BASE_URL:\s*http:\/\/litellm:4000/);
	});

	it('says plainly that the stack was not run here', () => {
		expect(compose.split('\n').slice(0, 8).join('\n')).toMatch(/NOT RUN HERE/);
	});

	it('parses as a compose file, with an image for every service', () => {
		expect(images.length).toBeGreaterThan(5);
		for (const { name, image } of images) expect(image, name).not.toBe('');
	});

	it('pins every image to an exact release tag, none to a moving one', () => {
		const moving = images.map(({ name, image }) => ({ name, image, why: movingTag(image) })).filter((i) => i.why);
		expect(moving).toEqual([]);
	});

	it('says how the images are pinned, in words that match the tags', () => {
		expect(compose).not.toMatch(/major-version tags|main-stable|has no tag/);
		expect(compose).toMatch(/every image is pinned to an exact release tag/i);
		// The versions the header names are the versions the services use.
		for (const { image } of images.filter((i) => /litellm|langfuse\//.test(i.image))) {
			expect(compose.split('\nname:')[0]).toContain(tagOf(image).replace(/^v/, ''));
		}
	});

	it('sets the key the Try-it request uses before using it', () => {
		const lines = start.split('\n');
		const use = lines.findIndex((l) => /Bearer \\\$LITELLM_MASTER_KEY/.test(l));
		const set = lines.findIndex((l) => /^\s*LITELLM_MASTER_KEY=\\\$\(grep -E '\^LITELLM_MASTER_KEY=' \.env/.test(l));
		expect(use).toBeGreaterThan(0);
		expect(set).toBeGreaterThan(0);
		expect(set).toBeLessThan(use);
	});
});

describe('the workshop lab on the gateway (src/content/workshop/modules/gateway-and-traces.mdx)', () => {
	const lab = readFileSync('src/content/workshop/modules/gateway-and-traces.mdx', 'utf8');
	const config = parseYaml(readFileSync(`${dir}/litellm-config.yaml`, 'utf8')) as { model_list: { model_name: string }[] };
	const aliases = new Set(config.model_list.map((m) => m.model_name));

	it('starts the stack the way the template does', () => {
		expect(lab).toContain('./start.sh');
		expect(lab).not.toMatch(/`docker compose up/);
	});

	it('calls and configures only aliases the template defines', () => {
		const used = [...lab.matchAll(/"model":\s*"([^"]+)"|model_name:\s*(\S+)/g)].map((m) => m[1] ?? m[2]!);
		expect(used.length).toBeGreaterThan(0);
		expect(used.filter((alias) => !aliases.has(alias))).toEqual([]);
	});

	it('names only services the compose file has, and the gateway address it configures', () => {
		const named = [...lab.matchAll(/docker compose (?:exec|restart|logs) ([a-z0-9-]+)/g)].map((m) => m[1]!);
		expect(named.length).toBeGreaterThan(0);
		expect(named.filter((service) => !(service in parsed.services))).toEqual([]);
		expect(lab).toContain(String(parsed.services.litellm!.environment!.LANGFUSE_HOST));
		for (const port of ['4000', '3000']) expect(compose).toContain(`127.0.0.1:${port}:${port}`);
	});
});

describe('the moving-tag check', () => {
	it.each([
		['docker.io/postgres:17', 'a major or minor line'],
		['docker.io/redis:7.4', 'a major or minor line'],
		['docker.io/clickhouse/clickhouse-server:26.3', 'a major or minor line'],
		['docker.io/langfuse/langfuse:3', 'a major or minor line'],
		['ghcr.io/berriai/litellm:main-stable', 'a channel'],
		['ghcr.io/berriai/litellm:main-latest', 'a channel'],
		['docker.io/ollama/ollama:latest', 'a channel'],
		['ghcr.io/open-webui/open-webui:main', 'a channel'],
		['docker.io/langfuse/langfuse:stable', 'a channel'],
		['docker.io/ollama/ollama', 'no tag'],
		['localhost:5000/ollama/ollama', 'no tag'],
		['docker.io/postgres:${POSTGRES_VERSION:-17}', 'a variable'],
	])('rejects %s', (image, why) => {
		expect(movingTag(image)).toMatch(new RegExp(why));
	});

	it.each([
		'docker.io/postgres:17.11',
		'ghcr.io/berriai/litellm:v1.108.21',
		'docker.io/clickhouse/clickhouse-server:26.3.20.7',
		'quay.io/minio/minio:RELEASE.2024-05-28T17-19-04Z',
		'localhost:5000/redis:7.4.11@sha256:0123',
	])('accepts %s', (image) => {
		expect(movingTag(image)).toBeUndefined();
	});
});
