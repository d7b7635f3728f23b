import { describe, expect, it } from 'vitest';
import { baseLinks, withBase } from './base-links.mjs';

describe('withBase', () => {
	it('prefixes root-relative paths with the base', () => {
		expect(withBase('/docs/why/', '/agentops/')).toBe('/agentops/docs/why/');
		expect(withBase('/docs/layers/#philosophy', '/agentops')).toBe('/agentops/docs/layers/#philosophy');
	});
	it('leaves other URLs and the root base alone', () => {
		expect(withBase('/docs/why/', '/')).toBe('/docs/why/');
		expect(withBase('https://example.org/x', '/agentops/')).toBe('https://example.org/x');
		expect(withBase('//cdn.example/x', '/agentops/')).toBe('//cdn.example/x');
		expect(withBase('#top', '/agentops/')).toBe('#top');
		expect(withBase('../x/', '/agentops/')).toBe('../x/');
		expect(withBase('/agentops/docs/', '/agentops/')).toBe('/agentops/docs/');
	});
});

describe('baseLinks', () => {
	it('rewrites the href of a link and leaves external ones alone', () => {
		const set: [string, unknown][] = [];
		const ctx = { setProperty: (_node: unknown, key: string, value: unknown) => set.push([key, value]) };
		const plugin = baseLinks('/agentops/');
		plugin.element.visit({ tagName: 'a', properties: { href: '/assessment/' } }, ctx);
		plugin.element.visit({ tagName: 'a', properties: { href: 'https://example.org/' } }, ctx);
		plugin.element.visit({ tagName: 'img', properties: { src: '/icon-192.png' } }, ctx);
		expect(set).toEqual([
			['href', '/agentops/assessment/'],
			['src', '/agentops/icon-192.png'],
		]);
	});
});
