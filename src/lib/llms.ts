/**
 * /llms.txt and /llms-full.txt: the site for AI assistants, as Markdown. Pure; the endpoints in
 * src/pages/ pass the content in with absolute URLs.
 *
 * llms.txt follows the llmstxt.org proposal (Jeremy Howard, 2024-09-03; the "Format" section of
 * https://llmstxt.org/, source github.com/AnswerDotAI/llms-txt nbs/index.qmd; checked 2026-12-04):
 * in this order, an H1 with the site's name (the only required part), a blockquote with a short
 * summary, optional paragraphs or lists without headings, then H2 sections, each a Markdown list
 * of `[name](url)` links optionally followed by `: notes`. A section named "Optional" holds links
 * an assistant may skip when it needs a shorter context.
 *
 * llms-full.txt has no agreed format; ours is the same H1 and blockquote, then every docs page as
 * an H2 with its address, its description and its Markdown body, headings moved one level down
 * so they nest under the page's, and root-relative links made absolute.
 */

export type LlmsLink = { title: string; url: string; description?: string };
export type LlmsSection = { title: string; links: LlmsLink[] };
export type LlmsPage = { title: string; url: string; description: string; body: string };

/** One line of text: Markdown lists and blockquotes end at a newline. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Link text cannot hold unbalanced brackets. */
const linkText = (text: string) => oneLine(text).replace(/[[\]]/g, (c) => `\\${c}`);

export function renderLlmsTxt(site: { name: string; summary: string; details?: string[]; sections: LlmsSection[] }): string {
	const parts = [`# ${oneLine(site.name)}`, `> ${oneLine(site.summary)}`, ...(site.details ?? [])];
	for (const section of site.sections) {
		if (!section.links.length) continue;
		const links = section.links.map((l) => `- [${linkText(l.title)}](${l.url})${l.description ? `: ${oneLine(l.description)}` : ''}`);
		parts.push(`## ${oneLine(section.title)}\n\n${links.join('\n')}`);
	}
	return parts.join('\n\n') + '\n';
}

/** `rewrite` applied to every line outside fenced code blocks, so code samples stay as written. */
function outsideCode(markdown: string, rewrite: (line: string) => string): string {
	let fence: string | null = null;
	return markdown
		.split('\n')
		.map((line) => {
			const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
			if (fence) {
				if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = null;
				return line;
			}
			if (opener) {
				fence = opener;
				return line;
			}
			return rewrite(line);
		})
		.join('\n');
}

/**
 * A page body as a section of llms-full.txt: ATX headings one level down (## becomes ###), and
 * root-relative link targets made absolute with `absolute` (which adds the base and the origin).
 */
export function nestBody(body: string, absolute: (path: string) => string): string {
	return outsideCode(body.trim(), (line) =>
		line
			.replace(/^(#{1,5})(?=\s)/, '#$1')
			.replace(/\]\((\/[^)\s]*)(\s+"[^"]*")?\)/g, (_m, path: string, title = '') => `](${absolute(path)}${title})`),
	);
}

export function renderLlmsFull(site: { name: string; summary: string; pages: LlmsPage[] }, absolute: (path: string) => string): string {
	const parts = [`# ${oneLine(site.name)}`, `> ${oneLine(site.summary)}`];
	for (const page of site.pages) {
		parts.push(`## ${oneLine(page.title)}\n\nAddress: ${page.url}\n\n${oneLine(page.description)}`);
		if (page.body.trim()) parts.push(nestBody(page.body, absolute));
	}
	return parts.join('\n\n') + '\n';
}

/** Glossary terms as a Markdown list, for the glossary page's full text (its page renders them from data). */
export const glossaryMarkdown = (terms: { term: string; definition: string; see?: string | undefined }[]): string =>
	terms.map((t) => `- **${oneLine(t.term)}**: ${oneLine(t.definition)}${t.see ? ` ([more](${t.see}))` : ''}`).join('\n');

/** The link targets of an llms.txt file, in order (for the tests that hold them to the build). */
export const llmsLinks = (text: string): string[] => [...text.matchAll(/^- \[(?:\\.|[^\]\\])*\]\(([^)\s]+)\)/gm)].map((m) => m[1]!);
