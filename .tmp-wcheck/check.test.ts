import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';
function loadDir(dir: string, schema: any) {
	const full = join('src/content', dir);
	return readdirSync(full).filter((f) => /\.(mdx?|ya?ml)$/.test(f)).sort().map((f) => {
		const text = readFileSync(join(full, f), 'utf8');
		let data: unknown, body = '';
		if (/\.ya?ml$/.test(f)) data = parse(text);
		else { const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)!; data = parse(m[1]!); body = m[2]!; }
		const r = schema.safeParse(data);
		if (!r.success) throw new Error(`${f}: ${r.error.issues.map((i: any) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
		return { id: basename(f, extname(f)), data: r.data, body };
	});
}
import { checkModuleTimings, moduleFields, pathFields } from '../src/schemas/workshop';
import { schedule } from '../src/lib/workshop/schedule';
import { agendaFromPath, toScheduleItems } from '../src/lib/workshop/agenda';
import { resourcesFor } from '../src/lib/assessment/resources';

const modules = loadDir('workshop/modules', moduleFields.superRefine(checkModuleTimings));
const paths = loadDir('workshop/paths', pathFields);
const dimIds = readdirSync('src/content/assessment/dimensions').map((f) => f.replace(/\.yaml$/, ''));
const summaries = modules.map((m) => ({ id: m.id, ...m.data, objectives: m.data.objectives }));
const ids = new Set(modules.map((m) => m.id));

describe('mine', () => {
	it('coverage', () => {
		for (const l of [2, 3, 4, 5]) for (const d of dimIds) expect(resourcesFor(summaries, d, l).length, `${d} ${l}`).toBeGreaterThan(0);
		for (const m of modules) for (const d of m.data.dimensions) expect(dimIds, `${m.id}: ${d}`).toContain(d);
	});
	it.each(modules.map((m) => [m.id, m] as const))('%s', (_, m) => {
		expect(m.data.teachingMinutes).toBeGreaterThanOrEqual(10);
		expect(m.data.teachingMinutes).toBeLessThanOrEqual(30);
		expect(m.data.exerciseMinutes).toBeGreaterThanOrEqual(15);
		expect(m.data.exerciseMinutes).toBeLessThanOrEqual(45);
		const exercises = m.body.match(/<Exercise /g)?.length ?? 0;
		expect(exercises).toBeGreaterThan(0);
		expect(m.body.match(/<Solution>/g)?.length).toBe(exercises);
		expect(m.body).toContain('<Discussion>');
		expect(m.body).toContain('<Facilitator>');
		for (const p of m.data.prerequisites) {
			expect(ids).toContain(p);
			expect(modules.find((x) => x.id === p)!.data.order).toBeLessThan(m.data.order);
		}
	});
	it('unique order', () => expect(new Set(modules.map((m) => m.data.order)).size).toBe(modules.length));
	const limits: Record<string, [number, number, number]> = { personal: [1, 1, 135], team: [1, 1, 270], organization: [1, 1, 510], institutional: [2, 5, 510] };
	it.each(paths.map((p) => [p.id, p] as const))('path %s', (_, p) => {
		const plan = schedule(toScheduleItems(agendaFromPath({ id: p.id, ...p.data }, '2026-01-05'), summaries), { start: p.data.start, breaks: p.data.breaks });
		console.log(p.id, plan.days.map((d) => `${d.start}-${d.end} (${d.minutes})`).join(' | '));
		for (const d of plan.days) console.log('  ' + d.slots.map((s) => `${s.start} ${s.id ?? s.kind}`).join(', '));
		expect(plan.warnings).toEqual([]);
		const [a, b, c] = limits[p.data.scale]!;
		expect(plan.days.length).toBeGreaterThanOrEqual(a);
		expect(plan.days.length).toBeLessThanOrEqual(b);
		for (const d of plan.days) expect(d.minutes).toBeLessThanOrEqual(c);
	});
});
