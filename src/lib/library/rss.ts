/** RSS 2.0 for the library feed, written by hand: small, escaped, and no dependency. */

export type FeedItem = {
	title: string;
	/** Absolute URL of the page. */
	link: string;
	description: string;
	date: Date;
	/** E.g. "Template" or "Case study (illustrative)". */
	category: string;
};

export type Feed = {
	title: string;
	description: string;
	/** Absolute URL of the site or section. */
	link: string;
	/** Absolute URL of the feed itself. */
	self: string;
	items: FeedItem[];
};

/** Escape text for XML element content and attribute values; strips characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 allows are the point
			.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

/** Items newest first (then by title, so equal dates keep a stable order). */
export function renderRss(feed: Feed): string {
	const items = [...feed.items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'en'));
	const latest = items[0]?.date ?? new Date(0);
	const item = (i: FeedItem) =>
		[
			'\t\t<item>',
			`\t\t\t<title>${escapeXml(i.title)}</title>`,
			`\t\t\t<link>${escapeXml(i.link)}</link>`,
			`\t\t\t<guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
			`\t\t\t<description>${escapeXml(i.description)}</description>`,
			`\t\t\t<category>${escapeXml(i.category)}</category>`,
			`\t\t\t<pubDate>${i.date.toUTCString()}</pubDate>`,
			'\t\t</item>',
		].join('\n');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'\t<channel>',
		`\t\t<title>${escapeXml(feed.title)}</title>`,
		`\t\t<link>${escapeXml(feed.link)}</link>`,
		`\t\t<description>${escapeXml(feed.description)}</description>`,
		'\t\t<language>en</language>',
		`\t\t<lastBuildDate>${latest.toUTCString()}</lastBuildDate>`,
		`\t\t<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
		...items.map(item),
		'\t</channel>',
		'</rss>',
		'',
	].join('\n');
}
