/**
 * mdText() over generated hostile strings, rendered by a real CommonMark + GFM parser (Sätteri,
 * Astro's own Markdown processor): in a table cell, a list item, a heading and a link's text, the
 * value comes out as the same text, with no element or link of its own.
 */
import fc from 'fast-check';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hostileText as text } from '../../../tests/fixtures/hostile';
import { mdText } from './text';

const decode = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\u2060/g, '');
// eslint-disable-next-line no-control-regex -- what mdText turns into spaces
const expected = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();

const CONTEXTS: [string, (t: string) => string, RegExp][] = [
	['table cell', (t) => `| a | b |\n|---|---|\n| ${t} | x |`, /<\/?(table|thead|tbody|tr|th|td)[^>]*>/g],
	['list item', (t) => `- ${t}`, /<\/?(ul|li)>/g],
	['heading', (t) => `# ${t}`, /<\/?h1[^>]*>/g],
	['link text', (t) => `[${t}](https://site.test/)`, /<a href="https:\/\/site\.test\/">|<\/a>|<\/?p>/g],
];

describe('mdText', () => {
	it.each(CONTEXTS)('keeps text as text in a %s', (_name, wrap, structure) => {
		fc.assert(
			fc.property(text, (s) => {
				const { html } = markdownToHtml(wrap(mdText(s)), { features: { gfm: true } });
				const own = html.replace(structure, '');
				expect(own).not.toMatch(/<[a-z!/]/i);
				if (_name !== 'table cell') expect(decode(html).trim()).toBe(expected(s));
				else expect(decode(html)).toContain(expected(s));
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
		);
	});
	it('leaves plain words alone', () => expect(mdText('Alex, platform lead (2026)')).toBe('Alex, platform lead (2026)'));
});
