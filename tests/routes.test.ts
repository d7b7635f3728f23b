/**
 * The routes module against the build: every fixed path it names is a page (or file) of dist/,
 * and each path function, given an id the content has, lands on a built page. A page moved
 * without its route, or a route nothing links to that has no page, fails here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/lib/routes';
import { DIST, htmlPages, ids } from './dist';

type Tree = { [key: string]: string | ((...args: string[]) => string) | Tree };

/** Every fixed path of the table, with its key ("assessment.quick"). */
function fixed(tree: Tree, prefix = ''): [string, string][] {
	return Object.entries(tree).flatMap(([key, value]) => {
		const name = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') return [[name, value] as [string, string]];
		if (typeof value === 'function') return [];
		return fixed(value, name);
	});
}

const pages = new Map(htmlPages().map((p) => [p.path, p.html]));

/** True when the path (with an optional #fragment) is a built page or file, and the fragment an id on it. */
function exists(path: string): boolean {
	const [page, fragment] = path.split('#') as [string, string | undefined];
	const html = pages.get(page);
	if (html === undefined) return !fragment && existsSync(join(DIST, page));
	return !fragment || ids(html).has(fragment);
}

describe('routes', () => {
	const table = fixed(routes as unknown as Tree);

	it('names at least the header sections and the assessment pages', () => {
		const paths = table.map(([, p]) => p);
		for (const p of ['/docs/', '/assessment/', '/workshop/', '/templates/', '/case-studies/', '/assessment/results/'])
			expect(paths).toContain(p);
	});

	it.each(table)('%s (%s) is built', (_name, path) => {
		expect(exists(path), `${path} is not in dist/`).toBe(true);
	});

	it('each path function lands on a built page for an id the content has', () => {
		const samples: [string, string][] = [
			['docs.page', routes.docs.page('why')],
			['docs.section', routes.docs.section('patterns')],
			['docs.pattern', routes.docs.pattern('observability')],
			['docs.principle', routes.docs.principle(firstChild('/docs/principles/'))],
			['docs.level', routes.docs.level(firstChild('/docs/maturity/'))],
			['docs.scale', routes.docs.scale(firstChild('/docs/adoption/'))],
			['docs.audience', routes.docs.audience(firstChild('/docs/stacks/'))],
			['workshop.module', routes.workshop.module(firstChild('/workshop/modules/'))],
			['library.template', routes.library.template(firstChild('/templates/'))],
			['library.caseStudy', routes.library.caseStudy(firstChild('/case-studies/'))],
		];
		const missing = samples.filter(([, path]) => !exists(path));
		expect(missing).toEqual([]);
	});

	it('does not invent paths: a path outside the build is reported missing', () => {
		expect(exists('/docs/no-such-page/')).toBe(false);
		expect(exists(`${routes.docs.start}#no-such-step`)).toBe(false);
	});
});

/** The id of the first built page under a section, e.g. "/docs/maturity/" → "reactive". */
function firstChild(section: string): string {
	const child = [...pages.keys()].find((p) => p.startsWith(section) && p !== section && p.slice(section.length).split('/').length === 2);
	if (!child) throw new Error(`No built page under ${section}`);
	return child.slice(section.length, -1);
}
