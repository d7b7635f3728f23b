/**
 * The plan a person keeps on their roadmap: per step an owner, a due date and a status. It is
 * kept with the saved assessment and the result file and carried into every export, so a team
 * can run the roadmap instead of only reading it. Zod-free: the readers check the shape, and
 * `cleanPlan` is the one place the meaning rules live (bounded text, real calendar dates).
 *
 * Due dates a person has not set are proposed from the step's phase, counted from the day the
 * plan was started (`start`), so the proposal stays put on later visits instead of moving with
 * today's date.
 */
import { isIsoDay } from '../iso-date';
import type { Phase } from './roadmap';

export const STEP_STATUSES = ['todo', 'doing', 'done'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export type StepPlan = { owner?: string | undefined; due?: string | undefined; status?: StepStatus | undefined };
export type Plan = {
	/** The day the plan was started, YYYY-MM-DD: proposed due dates count from it. */
	start: string;
	/** Per practice id. */
	steps: Record<string, StepPlan>;
};

export const PLAN_LIMITS = {
	/** A name or a role, not a paragraph. */
	owner: 80,
	/** More than any roadmap holds (the model has fewer practices). */
	steps: 500,
	/** Due dates within this range of years. */
	years: { from: 2020, to: 2100 },
} as const;

/** Days after the plan's start each phase ends: now is 30 days, next the 90 days, later half a year. */
export const PHASE_DAYS: Record<Phase, number> = { now: 30, next: 90, later: 180 };

/** A calendar day, YYYY-MM-DD, that exists (no 31 February) within the plan's years. */
export const isPlanDay = (value: unknown): value is string => isIsoDay(value, PLAN_LIMITS.years);

export const today = (now: Date = new Date()) => now.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

export const emptyPlan = (now: Date = new Date()): Plan => ({ start: today(now), steps: {} });

/** Owner text as kept: one line, trimmed, no control characters, at most the limit. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROLS = /[\u0000-\u001f\u007f]+/g;
export const cleanOwner = (s: string) => s.replace(CONTROLS, ' ').trim().slice(0, PLAN_LIMITS.owner);

/** What a step shows and exports: its set values, or the proposal from its phase. */
export type StepPlanView = { owner: string; due: string; dueProposed: boolean; status: StepStatus };

export function stepPlanView(plan: Plan | undefined, practiceId: string, phase: Phase, now: Date = new Date()): StepPlanView {
	const set = plan?.steps[practiceId];
	const due = set?.due ?? addDays(plan?.start ?? today(now), PHASE_DAYS[phase]);
	return { owner: set?.owner ?? '', due, dueProposed: !set?.due, status: set?.status ?? 'todo' };
}

/** Apply one change to one step; an empty owner or due date removes it (the proposal comes back). */
export function changeStep(plan: Plan | undefined, practiceId: string, change: StepPlan, now: Date = new Date()): Plan {
	const base = plan ?? emptyPlan(now);
	const next: StepPlan = { ...base.steps[practiceId], ...change };
	if (next.owner !== undefined) next.owner = cleanOwner(next.owner);
	if (!next.owner) delete next.owner;
	if (!isPlanDay(next.due)) delete next.due;
	if (!next.status || next.status === 'todo' || !STEP_STATUSES.includes(next.status)) delete next.status;
	const steps = { ...base.steps };
	if (Object.keys(next).length) steps[practiceId] = next;
	else delete steps[practiceId];
	return { ...base, steps };
}

/**
 * The meaning rules for a plan read from outside (after the schema checked its shape): a reason
 * per broken rule, or none. Entries for practices not on the roadmap (answers changed since, or
 * a model migration renamed them) are kept and not shown: they are the person's data.
 */
export function planProblems(plan: Plan): string[] {
	const problems: string[] = [];
	if (!isPlanDay(plan.start)) problems.push(`plan.start: not a calendar day (${String(plan.start).slice(0, 20)})`);
	const entries = Object.entries(plan.steps);
	if (entries.length > PLAN_LIMITS.steps) problems.push(`plan.steps: more than ${PLAN_LIMITS.steps}`);
	for (const [id, s] of entries.slice(0, PLAN_LIMITS.steps)) {
		if (s.due !== undefined && !isPlanDay(s.due)) problems.push(`plan.steps.${id}.due: not a calendar day`);
		if (s.owner !== undefined && s.owner !== cleanOwner(s.owner))
			problems.push(`plan.steps.${id}.owner: longer than ${PLAN_LIMITS.owner} characters or not one line`);
	}
	return problems.slice(0, 3);
}
