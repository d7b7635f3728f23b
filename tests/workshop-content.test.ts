/**
 * The curriculum as a whole: every dimension and every step up the levels is taught, timings are
 * realistic, prerequisites exist and come first, every path fits its scale and schedules without
 * warnings, and every module has the parts a lesson needs.
 */
import { describe, expect, it } from 'vitest';
import { loadDir } from './load-content';
import { checkModuleTimings, moduleFields, pathFields } from '../src/schemas/workshop';
import { dimensionSchema } from '../src/schemas/assessment';
import { SCALE_IDS } from '../src/schemas/framework';
import { resourcesFor } from '../src/lib/assessment/resources';
import { schedule } from '../src/lib/workshop/schedule';
import { agendaFromPath, toScheduleItems } from '../src/lib/workshop/agenda';
import type { ModuleSummary } from '../src/lib/workshop/types';

const modules = loadDir('workshop/modules', moduleFields.superRefine(checkModuleTimings));
const paths = loadDir('workshop/paths', pathFields);
const dimensions = loadDir('assessment/dimensions', dimensionSchema);
const summaries: ModuleSummary[] = modules.map((m) => ({ id: m.id, ...m.data, objectives: m.data.objectives }));
const ids = new Set(modules.map((m) => m.id));

describe('curriculum coverage', () => {
	it('has at least eight modules', () => expect(modules.length).toBeGreaterThanOrEqual(8));

	it('tags only dimensions the assessment has', () => {
		const known = new Set(dimensions.map((d) => d.id));
		for (const m of modules) for (const d of m.data.dimensions) expect(known, `${m.id}: ${d}`).toContain(d);
	});

	it.each([2, 3, 4, 5])('offers a module for every dimension at level %i', (level) => {
		for (const d of dimensions) expect(resourcesFor(summaries, d.id, level).length, `${d.id} at level ${level}`).toBeGreaterThan(0);
	});

	it('has a module that runs the assessment itself as a group exercise', () => {
		const assessment = modules.find((m) => m.body.includes('](/assessment/quick/)') && m.body.includes('](/assessment/)'));
		expect(assessment?.data.dimensions.length).toBe(dimensions.length);
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
		const exercises = m.body.match(/<Exercise /g)?.length ?? 0;
		expect(exercises).toBeGreaterThan(0);
		expect(m.body.match(/<Solution>/g)?.length).toBe(exercises);
		expect(m.body).toContain('<Discussion>');
		expect(m.body).toContain('<Facilitator>');
	});

	it.each(modules.map((m) => [m.id, m] as const))('%s names existing prerequisites that come earlier', (_, m) => {
		for (const p of m.data.prerequisites) {
			expect(ids, `${m.id} → ${p}`).toContain(p);
			expect(modules.find((x) => x.id === p)!.data.order).toBeLessThan(m.data.order);
		}
	});

	it('has unique positions', () => {
		expect(new Set(modules.map((m) => m.data.order)).size).toBe(modules.length);
	});
});

describe('learning paths', () => {
	it('cover every scale', () => {
		expect(new Set(paths.map((p) => p.data.scale))).toEqual(new Set(SCALE_IDS));
	});

	const limits: Record<string, [number, number, number]> = {
		// scale: [min days, max days, max minutes on any one day]
		personal: [1, 1, 135],
		team: [1, 1, 270],
		organization: [1, 1, 510],
		institutional: [2, 5, 510],
	};

	it.each(paths.map((p) => [p.id, p] as const))('%s schedules without warnings and fits its scale', (_, p) => {
		for (const id of [...p.data.modules, ...p.data.newDayBefore]) expect(ids).toContain(id);
		const plan = schedule(toScheduleItems(agendaFromPath({ id: p.id, ...p.data }, '2026-01-05'), summaries), { start: p.data.start, breaks: p.data.breaks });
		expect(plan.warnings).toEqual([]);
		const [minDays, maxDays, maxDay] = limits[p.data.scale]!;
		expect(plan.days.length).toBeGreaterThanOrEqual(minDays);
		expect(plan.days.length).toBeLessThanOrEqual(maxDays);
		for (const day of plan.days) expect(day.minutes).toBeLessThanOrEqual(maxDay);
	});
});
