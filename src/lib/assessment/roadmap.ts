/**
 * The roadmap: the practices that stand between each dimension and its target, turned into steps
 * a person can run.
 *
 * What is in it: for every dimension below its target, each applicable practice at levels
 * 2…target that is not fully in place (gaps below the current level included: they hold the
 * score down), plus any practice they depend on (`dependsOn`) that is not in place yet, even in
 * another dimension, marked as needed first.
 *
 * Order: dependencies first; then the lower level, then the framework's sequence (consolidate →
 * observe → customize → automate), then the larger gap, then the smaller effort.
 *
 * Phases are sized by effort, so "now" holds what fits in 30 days next to other work: a step
 * goes into the earliest phase that still has room for its effort and does not come before a
 * step it depends on. Effort points: small 1 (hours), medium 3 (days), large 8 (weeks); room:
 * now 8, next 24 (the 90 days after), later the rest. A first step always fits in "now", so
 * nobody starts with an empty month.
 */
import type { StepId } from '../../schemas/ids';
import type { Effort } from '../../schemas/assessment';
import { wordingFor, type Context, type Model, type Practice } from './model';
import type { AssessmentResult } from './scoring';

export const PHASES = ['now', 'next', 'later'] as const;
export type Phase = (typeof PHASES)[number];
export const STAGE_ORDER: StepId[] = ['consolidate', 'observe', 'customize', 'automate'];
const EFFORT_ORDER: Effort[] = ['small', 'medium', 'large'];
export const EFFORT_POINTS: Record<Effort, number> = { small: 1, medium: 3, large: 8 };
/** Effort points each phase holds; "later" has no limit. */
export const PHASE_ROOM: Record<Exclude<Phase, 'later'>, number> = { now: 8, next: 24 };

/** Per dimension id, the level to reach (1–5). */
export type Targets = Record<string, number>;

export type RoadmapStep = {
	practiceId: string;
	dimensionId: string;
	/** The level the practice marks. */
	level: number;
	phase: Phase;
	stage: StepId;
	effort: Effort;
	/** Levels between the dimension's current level and its target (0 for a step needed first elsewhere). */
	gap: number;
	/** What to do, worded for the person's audience. */
	action: string;
	why: string;
	doneWhen: string;
	/** Tools suggested for the person's audience, if the model names any. */
	tools: string | undefined;
	/** Site path of the docs that teach it. */
	docs: string;
	/** Unknown answers become "find out" steps rather than "do" steps. */
	unknown: boolean;
	/** Steps of this roadmap that must be done first. */
	after: string[];
	/** Set when the step is here only because other steps depend on it. */
	neededFor?: string[];
};

/** Default targets: one level up for every applicable dimension below its ceiling. */
export function defaultTargets(result: AssessmentResult): Targets {
	return Object.fromEntries(result.dimensions.map((d) => [d.id, d.applicable ? Math.min(d.ceiling, d.level + 1) : d.level]));
}

/** Clamp targets between the current level and the dimension's ceiling; unknown ids are dropped. */
export function normaliseTargets(result: AssessmentResult, targets: Partial<Targets>): Targets {
	const defaults = defaultTargets(result);
	return Object.fromEntries(
		result.dimensions.map((d) => {
			const t = targets[d.id];
			const wanted = typeof t === 'number' && Number.isInteger(t) ? t : (defaults[d.id] ?? d.level);
			return [d.id, Math.max(d.level, Math.min(d.ceiling, wanted))];
		}),
	);
}

type Candidate = { practice: Practice; dimensionId: string; gap: number; unknown: boolean };

export function buildRoadmap(model: Model, result: AssessmentResult, targets: Targets, context: Context): RoadmapStep[] {
	const dims = new Map(model.dimensions.map((d, i) => [d.id, { d, i }]));
	const scored = new Map(result.dimensions.flatMap((d) => d.practices.map((p) => [p.id, { p, d }] as const)));
	const open = (id: string) => {
		const s = scored.get(id);
		return s !== undefined && s.p.value !== null && s.p.value < 1;
	};

	// The steps the targets ask for.
	const chosen = new Map<string, Candidate>();
	for (const r of result.dimensions) {
		const target = targets[r.id] ?? r.level;
		if (!r.applicable || target <= r.level) continue;
		for (const practice of dims.get(r.id)!.d.practices) {
			if (practice.level <= target && open(practice.id))
				chosen.set(practice.id, {
					practice,
					dimensionId: r.id,
					gap: target - r.level,
					unknown: scored.get(practice.id)!.p.status === 'unknown',
				});
		}
	}
	// Their missing prerequisites, wherever they are.
	const neededFor = new Map<string, Set<string>>();
	const pull = (id: string) => {
		for (const dep of chosen.get(id)!.practice.dependsOn ?? []) {
			if (!open(dep)) continue;
			if (!chosen.has(dep)) {
				const s = scored.get(dep)!;
				const practice = dims.get(s.d.id)!.d.practices.find((p) => p.id === dep)!;
				chosen.set(dep, { practice, dimensionId: s.d.id, gap: 0, unknown: s.p.status === 'unknown' });
				neededFor.set(dep, new Set());
				pull(dep);
			}
			neededFor.get(dep)?.add(id);
		}
	};
	for (const id of [...chosen.keys()]) pull(id);

	const priority = (a: Candidate, b: Candidate) =>
		a.practice.level - b.practice.level ||
		STAGE_ORDER.indexOf(dims.get(a.dimensionId)!.d.stage) - STAGE_ORDER.indexOf(dims.get(b.dimensionId)!.d.stage) ||
		b.gap - a.gap ||
		EFFORT_ORDER.indexOf(a.practice.effort) - EFFORT_ORDER.indexOf(b.practice.effort) ||
		dims.get(a.dimensionId)!.i - dims.get(b.dimensionId)!.i ||
		a.practice.id.localeCompare(b.practice.id);

	// Dependencies first (Kahn's algorithm, taking the highest-priority step that is free).
	const depsIn = (c: Candidate) => (c.practice.dependsOn ?? []).filter((d) => chosen.has(d));
	const waiting = [...chosen.values()].sort(priority);
	const ordered: Candidate[] = [];
	const done = new Set<string>();
	while (waiting.length) {
		const i = waiting.findIndex((c) => depsIn(c).every((d) => done.has(d)));
		const [next] = waiting.splice(i < 0 ? 0 : i, 1); // i < 0 only on a cycle, which the content tests forbid
		ordered.push(next!);
		done.add(next!.practice.id);
	}

	// Phases by effort and dependencies.
	const used = { now: 0, next: 0 };
	const phaseOf = new Map<string, Phase>();
	const steps = ordered.map((c, index): RoadmapStep => {
		const points = EFFORT_POINTS[c.practice.effort];
		const earliest = Math.max(0, ...depsIn(c).map((d) => PHASES.indexOf(phaseOf.get(d)!)));
		let phase: Phase = 'later';
		for (const p of ['now', 'next'] as const) {
			if (PHASES.indexOf(p) < earliest) continue;
			if (used[p] + points <= PHASE_ROOM[p] || (p === 'now' && index === 0)) {
				phase = p;
				used[p] += points;
				break;
			}
		}
		phaseOf.set(c.practice.id, phase);
		const words = wordingFor(c.practice, context.audience);
		const dimension = dims.get(c.dimensionId)!.d;
		const needed = neededFor.get(c.practice.id);
		return {
			practiceId: c.practice.id,
			dimensionId: c.dimensionId,
			level: c.practice.level,
			phase,
			stage: dimension.stage,
			effort: c.practice.effort,
			gap: c.gap,
			action: words.action,
			why: words.why,
			doneWhen: words.doneWhen,
			tools: c.practice.tools?.[context.audience],
			docs: dimension.docs,
			unknown: c.unknown,
			after: depsIn(c),
			...(needed ? { neededFor: [...needed].sort() } : {}),
		};
	});
	// Grouped by phase; the sort is stable and a step is never in an earlier phase than what it needs.
	return steps.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
}

/** Progress toward the targets: 1 − Σ max(0, target − current) / Σ (target − 1), as 0…1. */
export function targetProgress(result: AssessmentResult, targets: Targets): number {
	let missing = 0;
	let span = 0;
	for (const d of result.dimensions) {
		if (!d.applicable) continue;
		const t = targets[d.id] ?? d.level;
		missing += Math.max(0, t - d.level);
		span += t - 1;
	}
	return span === 0 ? 1 : 1 - missing / span;
}
