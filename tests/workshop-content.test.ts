/**
 * The curriculum as a whole: the rules the build does not enforce, on the modules and learning
 * paths as Astro's own loaders and the read layer (src/content/workshop-queries.ts) give them.
 *
 * The build already refuses, naming file and field: an entry that does not match its schema,
 * agenda minutes that do not add up to the stated teaching and exercise minutes
 * (checkModuleTimings in the schema), and a dangling reference (a module's dimensions,
 * prerequisites and templates, a path's modules and new-day modules: resolveRefs() in
 * getModules(), getLearningPaths() and each module page, all called on every build).
 *
 * So this file checks only: every dimension is taught at every level 2–5, one module runs the
 * assessment itself across every dimension, timings are realistic, every module has an exercise
 * with its solution, a discussion and a facilitator note, prerequisites come earlier, positions
 * are unique, and every scale has a path that schedules without warnings and fits the scale.
 */
import { describe, expect, it } from 'vitest';
import { getLearningPaths, getModules, moduleSummary, pathSummary } from '../src/content/workshop-queries';
import { SCALE_IDS } from '../src/schemas/framework';
import { resourcesFor } from '../src/lib/assessment/resources';
import { schedule } from '../src/lib/workshop/schedule';
import { agendaFromPath, toScheduleItems } from '../src/lib/workshop/agenda';
import { realModel } from './real-model';

// realModel() fails with the sync error first, so nothing below runs on a stale content store.
const { dimensions } = await realModel();
const [modules, paths] = await Promise.all([getModules(), getLearningPaths()]);
const summaries = modules.map(moduleSummary);
const orderOf = new Map(modules.map((m) => [m.id, m.data.order]));

describe('curriculum coverage', () => {
	it('has at least eight modules', () => expect(modules.length).toBeGreaterThanOrEqual(8));

	it.each([2, 3, 4, 5])('offers a module for every dimension at level %i', (level) => {
		for (const d of dimensions) expect(resourcesFor(summaries, d.id, level).length, `${d.id} at level ${level}`).toBeGreaterThan(0);
	});

	it('has a module that runs the assessment itself as a group exercise', () => {
		const assessment = modules.find((m) => m.body?.includes('](/assessment/quick/)') && m.body.includes('](/assessment/)'));
		expect(assessment, 'no module links both /assessment/quick/ and /assessment/').toBeDefined();
		expect(assessment!.data.dimensions.map((d) => d.id).sort()).toEqual(dimensions.map((d) => d.id).sort());
	});
});

describe('each module', () => {
	it.each(modules.map((m) => [m.id, m] as const))('%s has realistic timings', (_, m) => {
		expect(m.data.teachingMinutes).toBeGreaterThanOrEqual(10);
		expect(m.data.teachingMinutes).toBeLessThanOrEqual(30);
		expect(m.data.exerciseMinutes).toBeGreaterThanOrEqual(15);
		expect(m.data.exerciseMinutes).toBeLessThanOrEqual(45);
	});

	it.each(modules.map((m) => [m.id, m] as const))('%s has an exercise with a solution, discussion and a facilitator note', (_, m) => {
		const body = m.body ?? '';
		const exercises = body.match(/<Exercise /g)?.length ?? 0;
		expect(exercises).toBeGreaterThan(0);
		expect(body.match(/<Solution>/g)?.length).toBe(exercises);
		expect(body).toContain('<Discussion>');
		expect(body).toContain('<Facilitator>');
	});

	it.each(modules.map((m) => [m.id, m] as const))('%s names prerequisites that come earlier', (_, m) => {
		for (const p of m.data.prerequisites) expect(orderOf.get(p.id), `${m.id} → ${p.id}`).toBeLessThan(m.data.order);
	});

	it('has unique positions', () => {
		expect(new Set(modules.map((m) => m.data.order)).size).toBe(modules.length);
	});
});

describe('learning paths', () => {
	it('cover every scale', () => {
		expect([...new Set(paths.map((p) => p.data.scale))].sort()).toEqual([...SCALE_IDS].sort());
	});

	const limits: Record<string, [number, number, number]> = {
		// scale: [min days, max days, max minutes on any one day]
		personal: [1, 1, 135],
		// A household meets at home after work and school: one or two evenings, two hours at most each.
		household: [1, 2, 120],
		team: [1, 1, 270],
		organization: [1, 1, 510],
		institutional: [2, 5, 510],
	};

	it.each(paths.map((p) => [p.id, p] as const))('%s schedules without warnings and fits its scale', (_, p) => {
		const plan = schedule(toScheduleItems(agendaFromPath(pathSummary(p), '2026-01-05'), summaries), {
			start: p.data.start,
			breaks: p.data.breaks,
		});
		expect(plan.warnings).toEqual([]);
		expect(limits, `no day limits for the scale "${p.data.scale}"`).toHaveProperty(p.data.scale);
		const [minDays, maxDays, maxDay] = limits[p.data.scale]!;
		expect(plan.days.length).toBeGreaterThanOrEqual(minDays);
		expect(plan.days.length).toBeLessThanOrEqual(maxDays);
		for (const day of plan.days) expect(day.minutes).toBeLessThanOrEqual(maxDay);
	});
});
