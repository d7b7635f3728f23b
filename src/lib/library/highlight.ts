/**
 * The site's one highlighter is Shiki (Markdown and MDX code blocks through astro.config.mjs, file
 * previews through <Code>), without inline styles: the Content-Security-Policy refuses `style="…"`
 * attributes, so this transformer swaps the theme's colours (github-light) for token classes,
 * which global.css colours with variables that work in both the light and the dark theme.
 */
import type { ShikiTransformer } from 'shiki';
import type { FormatId } from '../../schemas/library';

/** github-light colours → token class. Colours not listed (the default text) get no class. */
const TOKEN_CLASSES: Record<string, string> = {
	'#6a737d': 'tok-comment',
	'#22863a': 'tok-tag',
	'#032f62': 'tok-string',
	'#d73a49': 'tok-keyword',
	'#6f42c1': 'tok-function',
	'#005cc5': 'tok-constant',
	'#e36209': 'tok-variable',
};

/** Shiki's language id for each template format. */
export const SHIKI_LANG: Record<FormatId, string> = {
	markdown: 'markdown',
	yaml: 'yaml',
	json: 'json',
	csv: 'csv',
	shell: 'shellscript',
	env: 'dotenv',
};

/** Turn a token's inline style into classes; exported for the tests. */
export function classesForStyle(style: string): string[] {
	const classes: string[] = [];
	const colour = /color:\s*(#[0-9a-f]{6})/i.exec(style)?.[1]?.toLowerCase();
	if (colour && TOKEN_CLASSES[colour]) classes.push(TOKEN_CLASSES[colour]);
	if (/font-weight:\s*bold/i.test(style)) classes.push('tok-bold');
	if (/font-style:\s*italic/i.test(style)) classes.push('tok-italic');
	return classes;
}

type Props = { style?: unknown; class?: unknown; tabindex?: unknown };

export const styleToClasses: ShikiTransformer = {
	name: 'agentops:style-to-classes',
	pre(node) {
		// Shiki's tabindex="0" stays: a code block scrolls sideways on narrow screens, so it must be
		// a keyboard stop (tests/pages.test.ts checks each Markdown and MDX <pre> has exactly one).
		delete (node.properties as Props).style;
	},
	span(node) {
		const props = node.properties as Props;
		if (typeof props.style !== 'string') return;
		const classes = classesForStyle(props.style);
		delete props.style;
		if (classes.length) props.class = [props.class, ...classes].filter(Boolean).join(' ');
	},
};

/** File previews sit in a scrolling wrapper that is the keyboard stop, so their <pre> is not one. */
export const noTabStop: ShikiTransformer = {
	name: 'agentops:no-tab-stop',
	pre(node) {
		const props = node.properties as Props;
		delete props.tabindex;
	},
};
