import { describe, expect, it } from 'vitest';
import { readPasted } from './input';
import { MAX_FILE_CHARS } from './json-text';

describe('readPasted', () => {
	it('keeps JSON whole and splits links on any whitespace', () => {
		expect(readPasted('  {"a": [1, 2]}\n', 100)).toEqual({ ok: true, items: ['{"a": [1, 2]}'], over: 0 });
		expect(readPasted('https://x/#r=1\n\n  https://x/#r=2 https://x/#r=3', 100)).toEqual({
			ok: true,
			items: ['https://x/#r=1', 'https://x/#r=2', 'https://x/#r=3'],
			over: 0,
		});
		expect(readPasted(' \n ', 100)).toEqual({ ok: true, items: [], over: 0 });
	});

	it('reads at most the room left and counts the rest', () => {
		const links = Array.from({ length: 250 }, (_, i) => `#r=${i}`).join('\n');
		const read = readPasted(links, 100);
		expect(read).toMatchObject({ ok: true, over: 150 });
		expect(read.ok && read.items).toHaveLength(100);
		expect(read.ok && read.items[99]).toBe('#r=99');
	});

	it('refuses text larger than any result file before splitting it, with both sizes in one unit', () => {
		const read = readPasted('x '.repeat(2_500_000), 100); // 5 MB, the paste that froze the page
		expect(read).toEqual({ ok: false, detail: '5,000 KB; at most 1,000 KB' });
		expect(readPasted('x'.repeat(MAX_FILE_CHARS + 1), 100)).toEqual({ ok: false, detail: '1,001 KB; at most 1,000 KB' });
		expect(readPasted('x'.repeat(MAX_FILE_CHARS), 100).ok).toBe(true);
	});
});
