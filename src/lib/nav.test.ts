import { describe, expect, it } from 'vitest';
import { buildSidebar, neighbours, readingOrder, sidebarFor, SIDEBAR_LIMIT, type NavItem } from './nav';

const page = (section: NavItem['section'], order: number, title?: string): NavItem => ({
	path: `/docs/${section}/${order}/${title ? `${title}/` : ''}`,
	title: title ?? `${section} ${order}`,
	section,
	order,
});

describe('buildSidebar and readingOrder', () => {
	it('groups pages by section in the fixed section order, each sorted by order then title', () => {
		const sections = buildSidebar([
			page('reference', 2),
			page('start', 1),
			page('patterns', 1, 'B'),
			page('patterns', 1, 'A'),
			page('start', 0),
		]);
		expect(sections.map((s) => s.id)).toEqual(['start', 'patterns', 'reference']);
		expect(readingOrder(sections).map((i) => i.title)).toEqual(['start 0', 'start 1', 'A', 'B', 'reference 2']);
	});

	it('refuses two pages with one path', () => {
		expect(() => buildSidebar([page('start', 1), page('start', 1)])).toThrow(/\/docs\/start\/1\//);
	});
});

describe('neighbours', () => {
	const order = readingOrder(buildSidebar([page('start', 1), page('start', 2), page('patterns', 1)]));
	it('links across sections and stops at both ends', () => {
		expect(neighbours(order, '/docs/start/2/')).toEqual({ prev: order[0], next: order[2] });
		expect(neighbours(order, '/docs/start/1/').prev).toBeUndefined();
		expect(neighbours(order, '/docs/patterns/1/').next).toBeUndefined();
		expect(neighbours(order, '/nowhere/')).toEqual({ prev: undefined, next: undefined });
	});
});

describe('sidebarFor', () => {
	const long = Array.from({ length: 100 }, (_, i) => page('reference', i));
	const sections = buildSidebar([page('start', 1), page('start', 2), ...long]);
	const reference = (current: string) => sidebarFor(sections, current).find((s) => s.id === 'reference')!;

	it('keeps short sections whole', () => {
		const start = sidebarFor(sections, '/docs/start/1/')[0]!;
		expect(start.items).toHaveLength(2);
		expect(start.total).toBe(2);
	});

	it('cuts a long section to the limit and says how many pages it has', () => {
		const cut = reference('/docs/start/1/');
		expect(cut.items.map((i) => i.order)).toEqual(Array.from({ length: SIDEBAR_LIMIT }, (_, i) => i));
		expect(cut.total).toBe(100);
	});

	it('shows the window around the current page, clamped at both ends', () => {
		for (const at of [0, 1, 7, 50, 92, 99]) {
			const cut = reference(`/docs/reference/${at}/`);
			expect(cut.items).toHaveLength(SIDEBAR_LIMIT);
			expect(cut.items.map((i) => i.order)).toContain(at);
			const orders = cut.items.map((i) => i.order);
			expect(orders).toEqual(Array.from({ length: SIDEBAR_LIMIT }, (_, i) => orders[0]! + i));
		}
		expect(reference('/docs/reference/50/').items[0]!.order).toBe(50 - Math.floor(SIDEBAR_LIMIT / 2));
		expect(reference('/docs/reference/99/').items.at(-1)!.order).toBe(99);
	});

	it('keeps every page a constant size: the sidebar never grows with the section', () => {
		const huge = buildSidebar(Array.from({ length: 5000 }, (_, i) => page('reference', i)));
		expect(sidebarFor(huge, '/docs/reference/2500/')[0]!.items).toHaveLength(SIDEBAR_LIMIT);
	});
});
