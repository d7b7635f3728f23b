/**
 * Weight budgets per page type, gzipped bytes as sent over the wire (see tests/weigh.ts): HTML, the
 * CSS a page links, and the JavaScript it runs at load. Set about 10 % above what the pages weighed
 * when the table was made (2026-11), so growth is a decision: raise a number here on purpose, in the
 * same commit as the change that needs it, and say why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from './dist';
import { weigh, type Weight } from './weigh';

const KB = 1024;

/** Page types, matched in order by site path; every page must match one. Largest page at the time → budget. */
const BUDGETS: { type: string; match: RegExp; budget: Weight }[] = [
	// 8.4 KB / 2.8 KB / 0.8 KB (theme toggle and service worker registration only)
	// HTML 9.5 → 10 KB (2026-12): the practice pages end with their cited sources and review date.
	// HTML 10 → 10.5 KB (2026-12-04): two new docs pages (the twelve-factor variant, the assessment
	// in CI) add a sidebar entry to every docs page, and the glossary, the largest, gained four terms
	// (AgentOps, AI Ops, AIOps, 12-Factor AgentOps): 10,256 B.
	{ type: 'docs', match: /^\/docs\//, budget: { html: 10.5 * KB, css: 3.25 * KB, js: 1 * KB } },
	// 7.2 KB / 4.2 KB / 31.6 KB (results island: scoring, roadmap, charts; the zod readers load only
	// when something is saved, see lib/assessment/readers.ts). Since model v2 (2026-12) the model is
	// fetched (budgeted below), not inline: HTML 31 KB → 7 KB; JS +1.3 KB for the loader and the
	// explanations (level meanings, prerequisites, phase reasons).
	// JS 34 → 36 KB (2026-12-03): 34.7 KB. The islands' wording moved out of the components into
	// src/lib/assessment/messages.ts, which the islands share as one chunk, so each page now loads
	// the wording of the others (about 0.7 KB); one messages module per area would win it back.
	// JS 36 → 38 KB, CSS 4.5 → 4.75 KB (2026-12-03): owner, due date and status on every roadmap
	// step, tracker files and the reminder (their builders load on the first download), and the
	// optional name for the result file: 38.2 KB. 38 → 39.5 KB. The messages chunk (8.3 KB, every
	// area's wording) is the largest single piece: one messages module per area would win 2–3 KB back.
	// The evidence check (2026-12-04, issue 17): 6.6 KB / 5.2 KB / 37.7 KB (the HTML carries the ids of the practices the rules read). The assessment's islands
	// (model loader, store, scoring, the shared messages chunk) plus the results view of the scan;
	// its own CSS (0.4 KB) and its own page, so the assessment and results pages load none of it.
	// The detection rules load only in the scan's worker (budgeted below), not with the page.
	{ type: 'evidence', match: /^\/assessment\/evidence\/$/, budget: { html: 7.5 * KB, css: 5.5 * KB, js: 41 * KB } },
	// JS 39.5 → 42 KB (2026-12-04, issue 16): backups as a dated list. "Start a new assessment" on an
	// unreadable save now says what happened where it was pressed (the full-list question with the
	// download of what would go, or why nothing was replaced: ReplaceNote, 0.8 KB), the backups
	// wording joins the shared messages chunk (0.7 KB), and the storage keys of saved progress and
	// history moved into a chunk of their own (about 0.8 KB more than when they sat in the share
	// chunk); the backups store itself loads only when something is replaced. 41.2 KB.
	{ type: 'results', match: /^\/assessment\/results\/$/, budget: { html: 8 * KB, css: 4.75 * KB, js: 42 * KB } },
	// Quick check 13.4 KB HTML (its questions stay inline); the others 5.4–5.7 KB since the model is
	// fetched; scoring rules page 8.8 KB with the persona table.
	// JS 30 → 32 KB (2026-12): the model loader, and the quick check as a starting point (team
	// view 30.4 KB, the largest). 32 → 33 KB (2026-12-03): the team view takes its step titles from
	// the one result view (src/lib/assessment/result-view.ts) with the rest of the results: 32.1 KB.
	// 33 → 36 KB, CSS 4.5 → 4.75 KB (2026-12-03): the shared and team views show each step's plan
	// through the same result view, and its wording sits in the shared messages chunk; the agenda
	// builder reads results with the assessment's own reader, so that reader, the model helpers and
	// the model loader became chunks shared with it (the same code in more files, each gzipped on
	// its own). Shared view 36.3 KB → 37 KB.
	// 37 → 40 KB (2026-12-04, issue 16): the same backups pieces as the results page above, on every
	// page that replaces saved data (wizard, shared view, history) and on the new backups page
	// (/assessment/backups/, which reads the list with the zod readers on load). Shared view 39.4 KB.
	{ type: 'assessment', match: /^\/assessment\//, budget: { html: 15 * KB, css: 4.75 * KB, js: 40 * KB } },
	// 12.4 KB / 3.5 KB / 2.2 KB (filters on the index; downloads saved through the service worker so
	// they work offline, 0.7 KB since 2026-12). HTML 14 → 16 KB (2026-12-03): the gateway template,
	// 15.0 KB, shows its four files inline and now lists its ten sources and the pinned versions.
	{ type: 'templates', match: /^\/templates\//, budget: { html: 16 * KB, css: 4 * KB, js: 2.5 * KB } },
	// 9.7 KB / 4.2 KB / 19.4 KB (agenda builder island; zod only on demand). HTML 11 → 12.5 KB
	// (2026-12) for the securing-agents and incident-tabletop modules, 11.5 KB with their handouts.
	// JS 21 → 22.5 KB (2026-12-03, issue 16): the question before a link's path replaces your agenda,
	// the limit messages and checks, and the model loader for results (agenda builder 21.8 KB).
	{ type: 'curriculum', match: /^\/workshop\//, budget: { html: 12.5 * KB, css: 4.75 * KB, js: 22.5 * KB } },
	// 4.2 KB / 3.0 KB / 1.4 KB, plus Pagefind on demand (budgeted below)
	{ type: 'search', match: /^\/search\/$/, budget: { html: 4.75 * KB, css: 3.5 * KB, js: 1.5 * KB } },
	// 8.1 KB / 3.1 KB / 1.5 KB (2026-12): reported cases carry a timeline, the practices that would
	// have caught them and their sources; illustrative ones a before/after artifact.
	{ type: 'case studies', match: /^\/case-studies\//, budget: { html: 9 * KB, css: 3.5 * KB, js: 1.75 * KB } },
	// home, 404: 6.5 KB / 3.1 KB / 1.5 KB
	{ type: 'other', match: /^\//, budget: { html: 7.25 * KB, css: 3.5 * KB, js: 1.75 * KB } },
];

const pages = htmlPages();
const typeOf = (path: string) => BUDGETS.find((b) => b.match.test(path))!;

describe('weight budgets per page type (gzipped)', () => {
	it.each(BUDGETS.filter((b) => b.type !== 'other').map((b) => [b.type, b] as const))('%s: there are pages of this type', (_type, b) => {
		expect(pages.filter((p) => typeOf(p.path) === b).length).toBeGreaterThan(0);
	});

	it.each(pages.map((p) => [`${typeOf(p.path).type} ${p.path}`, p] as const))('%s is within its budget', (_label, page) => {
		const { budget } = typeOf(page.path);
		const weight = weigh(page.html);
		const over = (Object.keys(budget) as (keyof Weight)[])
			.filter((k) => weight[k] > budget[k])
			.map((k) => `${k}: ${weight[k]} B > ${budget[k]} B`);
		expect(over).toEqual([]);
	});

	it('the assessment model the islands fetch stays under 68 KB gzipped (60 KB at model version 2)', () => {
		expect(gzipSync(readFileSync(join(DIST, 'assessment', 'model.json')), { level: 9 }).length).toBeLessThanOrEqual(68 * KB);
	});

	it('the evidence scan worker stays under 12 KB gzipped: the 44 rules, the scan and fflate’s unzip (10.4 KB, 2026-12-04)', () => {
		const dir = join(DIST, '_astro');
		const workers = readdirSync(dir).filter((f) => /^scan-worker.*\.js$/.test(f));
		expect(workers).toHaveLength(1);
		expect(gzipSync(readFileSync(join(dir, workers[0]!)), { level: 9 }).length).toBeLessThanOrEqual(12 * KB);
	});

	it('search loads at most 80 KB when used: Pagefind loader, wasm and index metadata', () => {
		const dir = join(DIST, 'pagefind');
		const loader = gzipSync(readFileSync(join(dir, 'pagefind.js')), { level: 9 }).length;
		// The wasm and .pf_meta files are gzipped by Pagefind already: their size on disk is what is sent.
		const wasm = readFileSync(join(dir, 'wasm.en.pagefind')).length;
		const meta = readdirSync(dir)
			.filter((f) => f.endsWith('.pf_meta'))
			.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
		expect(loader + wasm + meta).toBeLessThanOrEqual(80 * KB);
	});
});
