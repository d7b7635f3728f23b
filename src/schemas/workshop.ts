/**
 * Schemas for the workshop curriculum: modules (one lesson each, Carpentries-style: questions and
 * objectives first, key points last, a timed agenda, exercises with solutions) and learning
 * paths (an ordered list of modules for one scale). Plain zod so unit tests can load the content
 * with the same rules; the `reference()` fields are added in content/collections/workshop.ts.
 */
import { z } from 'astro/zod';
import { audienceId, scaleId } from './framework';
import { CLOCK_TIME, LIMITS, MAX_ITEMS, MAX_TITLE } from '../lib/workshop/limits';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase-kebab slugs');
/** A clock time, 24-hour "HH:MM". */
export const clockTime = z.string().regex(CLOCK_TIME, 'a time is "HH:MM", 24-hour');

/** One timed segment of a module's agenda. */
export const agendaSegment = z.object({
	/** Length in minutes. */
	minutes: z.number().int().min(1).max(90),
	/** `teach` counts as teaching time; `exercise` and `discuss` count as exercise time. */
	kind: z.enum(['teach', 'exercise', 'discuss']),
	/** What happens, in a few words: "Demo: one call through the gateway". */
	title: z.string().min(3),
});
export type AgendaSegment = z.infer<typeof agendaSegment>;

/**
 * A module's fields. `dimensions` and `prerequisites` are plain ids here and become
 * `reference()`s in the collection; `levels` and `dimensions` are the roadmap tags that
 * `resourcesFor()` (src/lib/assessment/resources.ts) reads.
 */
export const moduleFields = z.object({
	/** Title, also the page's <title>. */
	title: z.string().min(3),
	/** One or two sentences for cards, meta description and search (50–200 chars). */
	description: z.string().min(50).max(200),
	/** Position in the curriculum; also the default order when modules are picked automatically. */
	order: z.number().int().min(1),
	/** Assessment dimension ids the module moves people along. */
	dimensions: z.array(slug).min(1),
	/** Levels (1–5) the module helps people reach: a roadmap step for a practice at level L lists modules tagged L. */
	levels: z.array(z.number().int().min(1).max(5)).min(1),
	/** Who it is written for. */
	audiences: z.array(audienceId).min(1),
	/** Minutes of teaching (demos, explanation). Must equal the agenda's `teach` segments. */
	teachingMinutes: z.number().int().min(5).max(60),
	/** Minutes of exercises and discussion. Must equal the agenda's `exercise` and `discuss` segments. */
	exerciseMinutes: z.number().int().min(0).max(90),
	/** Modules to take first (ids). */
	prerequisites: z.array(slug).default([]),
	/** The questions the module answers, as a learner would ask them. */
	questions: z.array(z.string().min(10)).min(1),
	/** What a learner can do afterwards, starting with a verb. */
	objectives: z.array(z.string().min(10)).min(1),
	/** What to remember, one sentence each. */
	keyPoints: z.array(z.string().min(10)).min(2),
	/** What the room needs. */
	materials: z.object({
		/** Template ids from the templates library; validated as references in collections/workshop.ts. */
		templates: z.array(slug).default([]),
		/** Anything else: equipment, accounts, print-outs. */
		items: z.array(z.string().min(3)).default([]),
	}),
	/** The timed agenda, in order. */
	agenda: z.array(agendaSegment).min(2),
});
export type ModuleFields = z.infer<typeof moduleFields>;

/** Agenda minutes must add up to the stated teaching and exercise minutes. */
export function checkModuleTimings(data: Pick<ModuleFields, 'agenda' | 'teachingMinutes' | 'exerciseMinutes'>, ctx: z.RefinementCtx) {
	const sum = (pred: (s: AgendaSegment) => boolean) => data.agenda.filter(pred).reduce((n, s) => n + s.minutes, 0);
	const teach = sum((s) => s.kind === 'teach');
	const exercise = sum((s) => s.kind !== 'teach');
	if (teach !== data.teachingMinutes) {
		ctx.addIssue({
			code: 'custom',
			path: ['agenda'],
			message: `teach segments add up to ${teach} minutes, but teachingMinutes is ${data.teachingMinutes}`,
		});
	}
	if (exercise !== data.exerciseMinutes) {
		ctx.addIssue({
			code: 'custom',
			path: ['agenda'],
			message: `exercise and discuss segments add up to ${exercise} minutes, but exerciseMinutes is ${data.exerciseMinutes}`,
		});
	}
}

/** Break rules for a day: a short break once this many minutes have run without one; optional lunch. */
export const breakRules = z.object({
	/** Longest stretch of modules without a break, in minutes. */
	every: z.number().int().min(LIMITS.every.min).max(LIMITS.every.max),
	/** Length of a short break. */
	minutes: z.number().int().min(LIMITS.breakMinutes.min).max(LIMITS.breakMinutes.max),
	/** Lunch, taken once a day at the module boundary nearest this time; null for none. */
	lunch: z.object({ at: clockTime, minutes: z.number().int().min(LIMITS.lunchMinutes.min).max(LIMITS.lunchMinutes.max) }).nullable(),
});
export type BreakRules = z.infer<typeof breakRules>;

/**
 * A path opened in the agenda builder becomes an agenda, which must keep to the agenda's limits
 * (limits.ts) or the builder would refuse it: modules and new-day markers together at most
 * MAX_ITEMS, the title at most MAX_TITLE characters.
 */
export function checkPathFitsAgenda(data: { modules: unknown[]; newDayBefore: unknown[] }, ctx: z.RefinementCtx) {
	const items = data.modules.length + data.newDayBefore.length;
	if (items > MAX_ITEMS)
		ctx.addIssue({ code: 'custom', path: ['modules'], message: `${items} modules and new days; an agenda holds at most ${MAX_ITEMS}` });
}

/** A learning path: an ordered list of modules for one scale. */
export const pathFields = z.object({
	/** Also the title of an agenda started from it, so at most MAX_TITLE characters. */
	title: z.string().min(3).max(MAX_TITLE),
	description: z.string().min(50).max(200),
	/** Position on the curriculum page. */
	order: z.number().int().min(1),
	/** The adoption scale it is designed for. */
	scale: scaleId,
	/** How long it runs, in words: "Two hours", "Two days". */
	length: z.string().min(3),
	/** Who should be in the room. */
	who: z.string().min(10),
	/** Module ids, in teaching order. */
	modules: z.array(slug).min(1),
	/** Modules that start a new day (multi-day programmes). */
	newDayBefore: z.array(slug).default([]),
	/** Default start time. */
	start: clockTime.default('09:00'),
	breaks: breakRules,
});
export type PathFields = z.infer<typeof pathFields>;
