import { describe, expect, it } from 'vitest';
import { glossaryMarkdown, llmsLinks, nestBody, renderLlmsFull, renderLlmsTxt } from './llms';

const abs = (path: string) => `https://example.org/sub${path}`;

describe('renderLlmsTxt (llmstxt.org format)', () => {
	const text = renderLlmsTxt({
		name: 'Site',
		summary: 'What the site is,\n  in one line.',
		details: ['More about it.'],
		sections: [
			{ title: 'Docs', links: [{ title: 'Why [it] matters', url: 'https://example.org/why/', description: 'The\ncase.' }] },
			{ title: 'Empty', links: [] },
			{ title: 'Optional', links: [{ title: 'Extra', url: 'https://example.org/extra/' }] },
		],
	});

	it('puts the H1, the blockquote, the details and the H2 file lists in that order', () => {
		expect(text).toBe(
			[
				'# Site',
				'> What the site is, in one line.',
				'More about it.',
				'## Docs\n\n- [Why \\[it\\] matters](https://example.org/why/): The case.',
				'## Optional\n\n- [Extra](https://example.org/extra/)',
			].join('\n\n') + '\n',
		);
	});
	it('has one H1 and leaves out sections with no links', () => {
		expect(text.match(/^# /gm)).toHaveLength(1);
		expect(text).not.toContain('## Empty');
	});
	it('llmsLinks reads the link targets back, brackets in titles included', () => {
		expect(llmsLinks(text)).toEqual(['https://example.org/why/', 'https://example.org/extra/']);
	});
});

describe('nestBody', () => {
	it('moves headings one level down and makes root-relative links absolute', () => {
		expect(nestBody('## Part\n\nSee [start](/docs/start/) and [a step](/docs/start/#observe "Observe").\n\n#### Deep', abs)).toBe(
			'### Part\n\nSee [start](https://example.org/sub/docs/start/) and [a step](https://example.org/sub/docs/start/#observe "Observe").\n\n##### Deep',
		);
	});
	it('leaves links to other sites, anchors and fenced code alone', () => {
		const body =
			'[x](https://other.example/) [y](#here)\n\n```yaml\n# a comment\nlink: [z](/not/a/link)\n```\n\n~~~\n## not a heading\n~~~';
		expect(nestBody(body, abs)).toBe(body);
	});
	it('a fence closes only with its own kind and length', () => {
		expect(nestBody('````\n```\n## in code\n````\n## out', abs)).toBe('````\n```\n## in code\n````\n### out');
	});
});

describe('renderLlmsFull', () => {
	it('gives each page an H2 with its address and description, then its body', () => {
		const text = renderLlmsFull(
			{
				name: 'Site docs',
				summary: 'All of it.',
				pages: [
					{ title: 'Why', url: abs('/why/'), description: 'The case.', body: '## Because\n\nIt [works](/start/).' },
					{ title: 'Scoring', url: abs('/scoring/'), description: 'The rules.', body: '' },
				],
			},
			abs,
		);
		expect(text).toBe(
			[
				'# Site docs',
				'> All of it.',
				'## Why\n\nAddress: https://example.org/sub/why/\n\nThe case.',
				'### Because\n\nIt [works](https://example.org/sub/start/).',
				'## Scoring\n\nAddress: https://example.org/sub/scoring/\n\nThe rules.',
			].join('\n\n') + '\n',
		);
	});
});

describe('glossaryMarkdown', () => {
	it('lists each term with its definition and, when it has one, a link for more', () => {
		expect(
			glossaryMarkdown([
				{ term: 'Gate', definition: 'A check work must pass.', see: '/docs/patterns/validation-gates/' },
				{ term: 'Trace', definition: 'The record of one call,\n with its cost.' },
			]),
		).toBe(
			'- **Gate**: A check work must pass. ([more](/docs/patterns/validation-gates/))\n- **Trace**: The record of one call, with its cost.',
		);
	});
});
