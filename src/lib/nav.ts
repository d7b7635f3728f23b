/**
 * The docs in reading order. One pure function turns the collections' entries into the
 * sidebar's sections and the flat sequence used for previous/next links, so both always agree.
 */

export type NavItem = {
	/** Root-relative path, e.g. "/docs/patterns/observability/". */
	path: string;
	title: string;
	/** Sidebar section id; see SECTIONS for the order. */
	section: SectionId;
	/** Position within the section; overview pages use 0. */
	order: number;
};

export const SECTIONS = [
	{ id: 'start', label: 'Start here' },
	{ id: 'patterns', label: 'The five patterns' },
	{ id: 'practices', label: 'Operating agents safely' },
	{ id: 'principles', label: 'Principles and layers' },
	{ id: 'maturity', label: 'Maturity model' },
	{ id: 'adoption', label: 'Adoption by scale' },
	{ id: 'stacks', label: 'Stacks by audience' },
	{ id: 'reference', label: 'Reference' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

export type NavSection = { id: SectionId; label: string; items: NavItem[] };

/** Group items into sections in SECTIONS order; items sorted by `order`, then title. */
export function buildSidebar(items: NavItem[]): NavSection[] {
	const seen = new Set<string>();
	for (const item of items) {
		if (seen.has(item.path)) throw new Error(`Two docs pages claim the path ${item.path}`);
		seen.add(item.path);
	}
	return SECTIONS.map(({ id, label }) => ({
		id,
		label,
		items: items.filter((item) => item.section === id).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
	})).filter((section) => section.items.length > 0);
}

/** The flat reading order: the sidebar read top to bottom. */
export function readingOrder(sections: NavSection[]): NavItem[] {
	return sections.flatMap((section) => section.items);
}

/** Previous and next pages around `path` in reading order (undefined at either end or if absent). */
export function neighbours(order: NavItem[], path: string): { prev: NavItem | undefined; next: NavItem | undefined } {
	const i = order.findIndex((item) => item.path === path);
	if (i === -1) return { prev: undefined, next: undefined };
	return { prev: order[i - 1], next: order[i + 1] };
}

/**
 * The most pages a sidebar section lists. Every docs page carries the sidebar, so listing every
 * page of a section that keeps growing (an organization adding its own docs) would make the site
 * grow with the square of its page count; the docs index lists them all instead.
 */
export const SIDEBAR_LIMIT = 15;

export type SidebarSection = NavSection & {
	/** How many pages the section has; more than `items.length` when it is cut to the limit. */
	total: number;
};

/**
 * The sidebar as one page shows it: short sections whole; a long one cut to `limit` pages, the
 * window around the current page when it is in that section (otherwise its first pages).
 */
export function sidebarFor(sections: NavSection[], current: string, limit = SIDEBAR_LIMIT): SidebarSection[] {
	return sections.map((section) => {
		const total = section.items.length;
		if (total <= limit) return { ...section, total };
		const at = section.items.findIndex((item) => item.path === current);
		const start = at === -1 ? 0 : Math.min(Math.max(0, at - Math.floor(limit / 2)), total - limit);
		return { ...section, items: section.items.slice(start, start + limit), total };
	});
}
