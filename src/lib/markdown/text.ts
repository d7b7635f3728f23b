/**
 * Text from people (file names, respondent labels, agenda titles) inside exported Markdown: it
 * must read as the same text and never become markup. Characters that can open inline markup
 * (emphasis, code, links, images, HTML, entities, table cells) are backslash-escaped, as
 * CommonMark allows for any ASCII punctuation, and so is what would open a block at the start
 * (a list, quote or heading marker); line breaks and control characters become spaces, so a value
 * can never start a new line, row or heading. Escaping only these keeps the raw text readable.
 * GFM also turns bare addresses (https://…, www.…, name@host) into links, escapes or not, so an
 * invisible word joiner (U+2060) is put inside each trigger: the text reads the same, links nothing.
 */
const INLINE = /[\\`*_[\]<>&!|~]/g;
const AUTOLINK = /(:)(?=\/\/)|(www)(?=\.)|(@)/gi;
const JOINER = '\u2060';
const BLOCK_START = /^(\s*)([-+#>=]|\d+(?=[.)]))/;
/** A heading's closing #s would be dropped: the last one is escaped. */
const CLOSING_HASH = /#(?=\s*$)/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export const mdText = (s: string) =>
	s
		.replace(BREAKS_AND_CONTROLS, ' ')
		.replace(INLINE, '\\$&')
		.replace(AUTOLINK, (m: string) => (m === '@' ? `${JOINER}@` : `${m}${JOINER}`))
		.replace(CLOSING_HASH, '\\#')
		.replace(BLOCK_START, (_, space: string, marker: string) => (/\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`));
