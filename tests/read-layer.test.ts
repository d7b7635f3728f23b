/** Pages, layouts and components read content only through the read layer in src/content/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const sources = ['src/pages', 'src/layouts', 'src/components'].flatMap(files).filter((f) => /\.(astro|tsx?)$/.test(f));

describe('read layer', () => {
	it('there are pages to check', () => expect(sources.length).toBeGreaterThan(40));
	it('no page, layout or component calls getCollection or getEntry itself', () => {
		expect(sources.filter((f) => /\bget(Collection|Entry|Entries)\s*\(/.test(readFileSync(f, 'utf8')))).toEqual([]);
	});
});
