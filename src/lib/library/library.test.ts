import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBytes, sha256Hex } from './checksum';
import { crc32 } from '../crc32';
import { parseCsv } from './csv';
import { matchesSelection, parseSelection, selectionToSearch } from './filters';
import { buildKit, kitPath, kitReadme, kitTemplates, type KitLinks, type KitTemplate } from './kits';
import { escapeXml, renderRss } from './rss';
import { zipStore } from './zip';

const enc = (s: string) => new TextEncoder().encode(s);
const tmp = () => mkdtempSync(join(tmpdir(), 'library-'));

/** Write bytes to a temp file and return its path. */
function tempFile(name: string, data: Uint8Array): string {
	const file = join(tmp(), name);
	writeFileSync(file, data);
	return file;
}

describe('crc32', () => {
	it.each([
		['', 0],
		['123456789', 0xcbf43926],
		['The quick brown fox jumps over the lazy dog', 0x414fa339],
	])('crc32(%j)', (text, expected) => {
		expect(crc32(enc(text))).toBe(expected);
	});
});

describe('zipStore', () => {
	const entries = [
		{ path: 'README.txt', data: enc('hello\n') },
		{ path: 'a/.hidden-config.yaml', data: enc('key: value\n') },
		{ path: 'a/scripts/run.sh', data: enc('#!/bin/sh\necho ok\n'), executable: true },
		{ path: 'a/ünïcode.md', data: enc('# Ü\n') },
		{ path: 'empty.txt', data: new Uint8Array() },
	];

	it('passes unzip -t and python zipfile -t, and holds exactly the entries', () => {
		const file = tempFile('test.zip', zipStore(entries));
		expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
		execFileSync('python3', ['-m', 'zipfile', '-t', file]);
		const listed = execFileSync(
			'python3',
			[
				'-c',
				'import sys,zipfile,json; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({i.filename: [z.read(i).decode(), i.external_attr >> 16] for i in z.infolist()}))',
				file,
			],
			{ encoding: 'utf8' },
		);
		const got = JSON.parse(listed) as Record<string, [string, number]>;
		expect(Object.keys(got)).toEqual(entries.map((e) => e.path));
		for (const e of entries) expect(got[e.path]![0]).toBe(new TextDecoder().decode(e.data));
		expect(got['a/scripts/run.sh']![1]).toBe(0o100755);
		expect(got['README.txt']![1]).toBe(0o100644);
	});

	it('is reproducible: the same input gives the same bytes', () => {
		expect(sha256Hex(zipStore(entries))).toBe(sha256Hex(zipStore(entries.map((e) => ({ ...e, data: e.data.slice() })))));
	});

	it.each([['../escape.txt'], ['/abs.txt'], ['a//b'], ['a\\b'], ['']])('refuses the unsafe path %j', (path) => {
		expect(() => zipStore([{ path, data: enc('x') }])).toThrow(/unsafe/);
	});

	it('refuses duplicate paths', () => {
		expect(() =>
			zipStore([
				{ path: 'x', data: enc('1') },
				{ path: 'x', data: enc('2') },
			]),
		).toThrow(/duplicate/);
	});
});

describe('checksums and sizes', () => {
	it('matches sha256sum', () => {
		const data = enc('AgentOps template\n');
		const file = tempFile('x.txt', data);
		expect(sha256Hex(data)).toBe(execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]);
	});
	it.each([
		[0, '0 bytes'],
		[1023, '1023 bytes'],
		[1024, '1.0 KB'],
		[1536, '1.5 KB'],
		[5 * 1024 * 1024, '5.0 MB'],
	])('formatBytes(%d) = %s', (n, s) => expect(formatBytes(n)).toBe(s));
	it('refuses negative sizes', () => expect(() => formatBytes(-1)).toThrow());
});

describe('parseCsv', () => {
	it('parses quoted fields with commas, doubled quotes and new lines', () => {
		expect(parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",z\n')).toEqual([
			['a', 'b'],
			['x, y', 'say "hi"'],
			['multi\nline', 'z'],
		]);
	});
	it.each([['a,"b\n'], ['a,b"c"\n'], ['"a"b,c\n']])('refuses malformed %j', (text) => {
		expect(() => parseCsv(text)).toThrow(/csv/);
	});
});

describe('filters', () => {
	const facets = { dimension: ['validation-gates', 'privacy-guardrails'], level: ['1', '2', '3', '4', '5'], scale: ['personal', 'team'] };

	it('reads known keys and values, ignores and reports unknown values, keeps other keys out', () => {
		const { selection, ignored } = parseSelection('?level=3&scale=galaxy&q=hello&dimension=validation-gates', facets);
		expect(selection).toEqual({ level: '3', dimension: 'validation-gates' });
		expect(ignored).toEqual(['scale=galaxy']);
	});

	it('matches on every chosen key (AND), any value when a key is absent', () => {
		const tags = { dimension: ['validation-gates'], level: ['2', '3'], scale: ['team'] };
		expect(matchesSelection(tags, {})).toBe(true);
		expect(matchesSelection(tags, { level: '3' })).toBe(true);
		expect(matchesSelection(tags, { level: '3', scale: 'personal' })).toBe(false);
		expect(matchesSelection(tags, { dimension: 'privacy-guardrails' })).toBe(false);
	});

	it('writes a stable query string in facet order, keeping other parameters', () => {
		expect(selectionToSearch({ scale: 'team', level: '2' }, facets, '?q=x&level=5')).toBe('?q=x&level=2&scale=team');
		expect(selectionToSearch({}, facets, '?level=5')).toBe('');
	});

	it('round-trips', () => {
		const selection = { dimension: 'privacy-guardrails', scale: 'personal' };
		expect(parseSelection(selectionToSearch(selection, facets), facets).selection).toEqual(selection);
	});
});

describe('kits', () => {
	const templates: KitTemplate[] = [
		{ id: 'b', title: 'B', summary: 'b', scales: ['team'], files: [{ name: 'b.md', format: 'markdown' }] },
		{
			id: 'a',
			title: 'A',
			summary: 'a',
			scales: ['personal', 'team'],
			files: [
				{ name: 'run.sh', format: 'shell' },
				{ name: 'cfg.yaml', format: 'yaml', installAs: '.cfg.yaml' },
			],
		},
	];
	const read = (id: string, name: string) => enc(`${id}/${name}\n`);
	const links: KitLinks = { base: '/', publicSite: null };

	it('chooses templates by scale, sorted by id; "everything" takes all', () => {
		expect(kitTemplates(templates, 'team').map((t) => t.id)).toEqual(['a', 'b']);
		expect(kitTemplates(templates, 'personal').map((t) => t.id)).toEqual(['a']);
		expect(kitTemplates(templates, 'everything')).toHaveLength(2);
	});

	it('puts files at their install path and lists exactly what the zip holds', () => {
		const kit = buildKit('team', templates, read, links);
		expect(kit.contents).toEqual(['README.txt', 'a/run.sh', 'a/.cfg.yaml', 'b/b.md']);
		expect(kitPath('a', templates[1]!.files[1]!)).toBe('a/.cfg.yaml');
		const file = tempFile(kit.fileName, kit.bytes);
		const names = execFileSync('python3', ['-c', 'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', file], {
			encoding: 'utf8',
		});
		expect(names.trim().split('\n')).toEqual(kit.contents);
		expect(statSync(file).size).toBe(kit.bytes.length);
	});

	it('points its README at each page by path on the site it came from, and adds a public address only when there is one', () => {
		const local = kitReadme('team', kitTemplates(templates, 'team'), { base: '/agentops/', publicSite: null });
		expect(local).toContain('  Page: /agentops/templates/a/');
		expect(local).not.toMatch(/https?:/);
		const pub = kitReadme('team', kitTemplates(templates, 'team'), { base: '/', publicSite: 'https://ops.example.com/' });
		expect(pub).toContain('  Public address: https://ops.example.com/templates/a/');
		const kit = tempFile('kit.zip', buildKit('team', templates, read, links).bytes);
		const inZip = execFileSync(
			'python3',
			['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("README.txt").decode())', kit],
			{
				encoding: 'utf8',
			},
		);
		expect(inZip).toContain('  Page: /templates/b/');
	});

	it('is reproducible and refuses to build an empty kit', () => {
		expect(sha256Hex(buildKit('team', templates, read, links).bytes)).toBe(
			sha256Hex(buildKit('team', [...templates].reverse(), read, links).bytes),
		);
		expect(() => buildKit('institutional', templates, read, links)).toThrow(/empty/);
	});
});

describe('rss', () => {
	it('escapes markup and strips characters XML forbids', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
	});

	it('renders a feed that parses as XML, newest first', () => {
		const xml = renderRss({
			title: 'Library & more',
			description: 'Templates <and> case studies',
			link: 'https://example.org/templates/',
			self: 'https://example.org/feed.xml',
			items: [
				{ title: 'Old', link: 'https://example.org/a/', description: 'a < b', date: new Date('2024-01-01'), category: 'Template' },
				{ title: 'New', link: 'https://example.org/b/?x=1&y=2', description: 'c', date: new Date('2025-01-01'), category: 'Case study' },
			],
		});
		const file = tempFile('feed.xml', enc(xml));
		const titles = execFileSync(
			'python3',
			[
				'-c',
				'import sys,xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot(); print("|".join(i.findtext("title") for i in r.iter("item")))',
				file,
			],
			{ encoding: 'utf8' },
		);
		expect(titles.trim()).toBe('New|Old');
		expect(xml).toContain('<link>https://example.org/b/?x=1&amp;y=2</link>');
		expect(readFileSync(file, 'utf8')).toContain('<lastBuildDate>Wed, 01 Jan 2025 00:00:00 GMT</lastBuildDate>');
	});
});

describe('levelsLabel', () => {
	it.each([
		[[3], 'Level 3'],
		[[3, 2], 'Levels 2–3'],
		[[2, 3, 5], 'Levels 2, 3 and 5'],
	])('%j → %s', async (levels, label) => {
		const { levelsLabel } = await import('./labels');
		expect(levelsLabel(levels)).toBe(label);
	});
});

describe('classesForStyle', () => {
	it.each([
		['color:#D73A49', ['tok-keyword']],
		['color:#005CC5;font-weight:bold', ['tok-constant', 'tok-bold']],
		['color:#24292E', []],
		['color:#6A737D;font-style:italic', ['tok-comment', 'tok-italic']],
	])('%s → %j', async (style, classes) => {
		const { classesForStyle } = await import('./highlight');
		expect(classesForStyle(style)).toEqual(classes);
	});
});
