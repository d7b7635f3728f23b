/**
 * A file's text with its comments blanked out, line numbers kept: a workflow that names promptfoo
 * only in a comment does not run it. The comment syntax follows the file's kind; quotes are not
 * parsed (a " #" inside a quoted YAML string is rare in the files the rules read).
 */
type Syntax = 'hash' | 'slash' | 'html' | 'none';

export function commentSyntax(path: string): Syntax {
	const name = path.slice(path.lastIndexOf('/') + 1);
	if (
		/\.(ya?ml|toml|sh|bash|py|env|ini|cfg|conf|txt)$/i.test(name) ||
		/^(\.env.*|Dockerfile.*|Containerfile|CODEOWNERS|\.gitleaksignore|requirements.*)$/.test(name)
	)
		return 'hash';
	if (/\.(jsonc?|[cm]?[jt]sx?)$/i.test(name)) return 'slash';
	if (/\.(md|mdc|mdx|prompt\.md|html?)$/i.test(name)) return 'html';
	return 'none';
}

/** The text with comments replaced by spaces (newlines kept, so offsets map to the same lines). */
export function withoutComments(path: string, text: string): string {
	const syntax = commentSyntax(path);
	if (syntax === 'html') return text.replace(/<!--[\s\S]*?(-->|$)/g, (m) => m.replace(/[^\n]/g, ' '));
	if (syntax === 'none') return text;
	// A comment starts a line or follows whitespace; "://" in a URL or "#" inside a word is kept.
	const marker = syntax === 'hash' ? /(^|[ \t])#.*$/gm : /(^|[ \t])\/\/.*$/gm;
	return text.replace(marker, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
}

/** Characters of real text: blank lines, Markdown headings and comments do not count. */
export function textAmount(path: string, text: string): number {
	return withoutComments(path, text)
		.split('\n')
		.filter((l) => !/^\s*(#{1,6}\s|---\s*$)/.test(l))
		.join('')
		.replace(/\s+/g, '').length;
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}
