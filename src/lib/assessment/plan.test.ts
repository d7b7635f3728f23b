import { describe, expect, it } from 'vitest';
import { model } from '../../../tests/fixtures/model';
import { addDays, changeStep, cleanOwner, isPlanDay, PLAN_LIMITS, planProblems, stepPlanView } from './plan';
import { parseSaved } from './saved-reader';
import { emptyState } from './saved';

const now = new Date('2026-12-03T10:00:00Z');

describe('plan', () => {
	it('proposes due dates from the phase, counted from the plan start, so they do not move on later visits', () => {
		const plan = { start: '2026-03-01', steps: {} };
		expect(stepPlanView(plan, 'a1', 'now', now)).toEqual({ owner: '', due: '2026-03-31', dueProposed: true, status: 'todo' });
		expect(stepPlanView(plan, 'a1', 'next', now).due).toBe('2026-05-30');
		expect(stepPlanView(plan, 'a1', 'later', now).due).toBe('2026-08-28');
		// Without a plan yet, the proposal counts from today.
		expect(stepPlanView(undefined, 'a1', 'now', now).due).toBe(addDays('2026-12-03', 30));
	});

	it('keeps what the person set, and goes back to the proposal when a field is emptied', () => {
		let plan = changeStep(undefined, 'a1', { owner: '  Dana, platform lead ', due: '2027-01-15', status: 'doing' }, now);
		expect(plan.start).toBe('2026-12-03');
		expect(stepPlanView(plan, 'a1', 'now', now)).toEqual({
			owner: 'Dana, platform lead',
			due: '2027-01-15',
			dueProposed: false,
			status: 'doing',
		});
		plan = changeStep(plan, 'a1', { due: '', owner: '' }, now);
		expect(stepPlanView(plan, 'a1', 'now', now)).toMatchObject({ owner: '', due: '2027-01-02', dueProposed: true, status: 'doing' });
		plan = changeStep(plan, 'a1', { status: 'todo' }, now);
		expect(plan.steps).toEqual({});
	});

	it('refuses impossible and out-of-range days', () => {
		for (const bad of ['2026-02-30', '2026-13-01', '12026-01-01', '1999-12-31', '2101-01-01', '2026-1-1', 'Approved by the CISO 2026', ''])
			expect(isPlanDay(bad), bad).toBe(false);
		expect(isPlanDay('2028-02-29')).toBe(true);
		expect(changeStep(undefined, 'a1', { due: '2026-02-30' }, now).steps).toEqual({});
	});

	it('keeps owners to one bounded line', () => {
		expect(cleanOwner('Ana\n\u0007Bo')).toBe('Ana Bo');
		expect(cleanOwner('x'.repeat(200))).toHaveLength(PLAN_LIMITS.owner);
	});

	it('names what is wrong in a plan read from outside', () => {
		expect(planProblems({ start: '2026-03-01', steps: { a1: { due: '2026-02-31' } } })).toEqual(['plan.steps.a1.due: not a calendar day']);
		expect(planProblems({ start: 'soon', steps: {} })[0]).toMatch(/plan.start/);
		expect(planProblems({ start: '2026-03-01', steps: { a1: { owner: 'a\nb' } } })[0]).toMatch(/owner/);
	});

	it('is kept with saved progress, and a broken plan is reported with the raw value kept', () => {
		const state = { ...emptyState(model, now), plan: { start: '2026-03-01', steps: { a1: { owner: 'Dana', status: 'done' } } } };
		const ok = parseSaved(JSON.stringify(state), model);
		expect(ok.kind === 'ok' && ok.state.plan).toEqual(state.plan);
		const raw = JSON.stringify({ ...state, plan: { start: '2026-03-01', steps: { a1: { status: 'finished' } } } });
		const bad = parseSaved(raw, model);
		expect(bad).toMatchObject({ kind: 'problem', problem: 'corrupt', raw });
		// Progress saved before plans existed still reads.
		expect(parseSaved(JSON.stringify(emptyState(model, now)), model).kind).toBe('ok');
	});
});
