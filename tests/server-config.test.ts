/**
 * Every server configuration against the one table (src/lib/server-rules.ts): nginx's headers and
 * download types, the static hosts' _headers file, and the CSP Astro writes into each page. A
 * header or type changed in one place only fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, DOWNLOAD_TYPES, HEADER_CSP, SECURITY_HEADERS, isText } from '../src/lib/server-rules';
import { DIST } from './dist';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** nginx: `add_header Name "value" always;` lines. */
function nginxHeaders(conf: string): Record<string, string> {
	return Object.fromEntries([...conf.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1]!, m[2]!]));
}

/** nginx: the `types { … }` block of the location that serves downloads, as extension → type. */
function nginxDownloadTypes(conf: string): Record<string, string> {
	const block = /location ~\* \\\.\(\?:[^)]*\)\$ \{\s*types \{([^}]*)\}/.exec(conf)?.[1];
	if (!block) throw new Error('deploy/nginx/site.conf: no types block in the downloads location');
	return Object.fromEntries(
		block
			.split(';')
			.map((line) => line.trim().split(/\s+/))
			.filter((words) => words.length > 1)
			.flatMap(([type, ...exts]) => exts.map((ext) => [ext, type!])),
	);
}

/** _headers: path pattern → its headers. */
function staticHostRules(text: string): Map<string, Record<string, string>> {
	const rules = new Map<string, Record<string, string>>();
	let current: Record<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) rules.set(line.trim(), (current = {}));
		else if (current) {
			const at = line.indexOf(':');
			current[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

const nginx = nginxHeaders(read('deploy/nginx/headers.conf'));
const siteConf = read('deploy/nginx/site.conf');
const staticHosts = staticHostRules(read('deploy/static-hosts/_headers'));

describe('security headers', () => {
	it('nginx sends exactly the table', () => expect(nginx).toEqual(SECURITY_HEADERS));
	it('the static hosts send exactly the table on every path', () => expect(staticHosts.get('/*')).toEqual(SECURITY_HEADERS));
	it("the header CSP repeats each page's directives but default-src, and adds frame-ancestors", () => {
		const header = HEADER_CSP.split('; ');
		expect(header).toContain("frame-ancestors 'none'");
		expect(header.filter((d) => !d.startsWith('frame-ancestors')).sort()).toEqual(
			CSP_DIRECTIVES.filter((d) => !d.startsWith('default-src')).sort(),
		);
	});
	it("each built page's <meta> CSP carries every directive of the table", () => {
		const html = readFileSync(join(DIST, 'index.html'), 'utf8');
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
		for (const d of CSP_DIRECTIVES) expect(meta).toContain(d);
	});
});

describe('download types', () => {
	const nginxTypes = nginxDownloadTypes(siteConf);
	it.each(Object.entries(DOWNLOAD_TYPES))('.%s is %s on nginx and on the static hosts', (ext, type) => {
		expect(nginxTypes[ext]).toBe(type);
		const rule = [...staticHosts].find(([path]) => path.endsWith(`/*.${ext}`));
		expect(rule, `_headers has no rule for *.${ext}`).toBeDefined();
		expect(rule![1]['Content-Type']).toBe(isText(type) ? `${type}; charset=utf-8` : type);
	});
	it("nginx's charset_types gives each text type its charset", () => {
		const charsetTypes = /^charset_types ([^;]+);/m.exec(siteConf)?.[1]?.split(/\s+/) ?? [];
		for (const type of Object.values(DOWNLOAD_TYPES).filter(isText)) expect(charsetTypes).toContain(type);
	});
	it('every file a template ships has a type in the table (or is JSON, which every server knows)', () => {
		const dir = join(DIST, 'templates', 'files');
		const exts = readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => e.name.split('.').pop()!);
		expect(exts.length).toBeGreaterThan(10);
		expect([...new Set(exts)].filter((ext) => ext !== 'json' && !DOWNLOAD_TYPES[ext])).toEqual([]);
	});
});
