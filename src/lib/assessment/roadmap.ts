/**
 * The roadmap: the practices missing up to each dimension's target, turned into steps.
 *
 * Phases: a step one level above the dimension's current level is "now" (next 30 days) unless
 * its effort is large, which moves it to "next" (90 days); two levels above is "next"; three or
 * more is "later". Within a phase, steps follow the framework's sequence (consolidate → observe
 * → customize → automate), then the larger gap first, then the lower level, then smaller effort.
 */
import type { StepId } from '../../schemas/framework';
import type { Effort } from '../../schemas/assessment';
import type { Context, Model } from './model';
import type { AssessmentResult } from './scoring';

export const PHASES = ['now', 'next', 'later'] as const;
export type Phase = (typeof PHASES)[number];
export const STAGE_ORDER: StepId[] = ['consolidate', 'observe', 'customize', 'automate'];
const EFFORT_ORDER: Effort[] = ['small', 'medium', 'large'];

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
	/** Levels between the dimension's current level and its target. */
	gap: number;
	/** What to do, worded for the person's scale. */
	action: string;
	why: string;
	doneWhen: string;
	/** Tools suggested for the person's audience, if the model names any. */
	tools: string | undefined;
	/** Site path of the docs that teach it. */
	docs: string;
	/** Unknown answers become "find out" steps rather than "do" steps. */
	unknown: boolean;
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

export function phaseFor(levelsAbove: number, effort: Effort): Phase {
	if (levelsAbove <= 1) return effort === 'large' ? 'next' : 'now';
	return levelsAbove === 2 ? 'next' : 'later';
}

export function buildRoadmap(model: Model, result: AssessmentResult, targets: Targets, context: Context): RoadmapStep[] {
	const steps: RoadmapStep[] = [];
	for (const dimension of model.dimensions) {
		const scored = result.dimensions.find((d) => d.id === dimension.id);
		if (!scored || !scored.applicable) continue;
		const target = targets[dimension.id] ?? scored.level;
		if (target <= scored.level) continue;
		for (const practice of dimension.practices) {
			const pr = scored.practices.find((p) => p.id === practice.id);
			if (!pr || pr.status === 'not-applicable' || pr.status === 'in-place') continue;
			if (practice.level <= scored.level || practice.level > target) continue;
			steps.push({
				practiceId: practice.id,
				dimensionId: dimension.id,
				level: practice.level,
				phase: phaseFor(practice.level - scored.level, practice.effort),
				stage: dimension.stage,
				effort: practice.effort,
				gap: target - scored.level,
				action: practice.byScale?.[context.scale] ?? practice.action,
				why: practice.why,
				doneWhen: practice.doneWhen,
				tools: practice.tools?.[context.audience],
				docs: dimension.docs,
				unknown: pr.status === 'unknown',
			});
		}
	}
	const dimOrder = new Map(model.dimensions.map((d, i) => [d.id, i]));
	return steps.sort(
		(a, b) =>
			PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) ||
			STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) ||
			b.gap - a.gap ||
			a.level - b.level ||
			EFFORT_ORDER.indexOf(a.effort) - EFFORT_ORDER.indexOf(b.effort) ||
			(dimOrder.get(a.dimensionId) ?? 0) - (dimOrder.get(b.dimensionId) ?? 0) ||
			a.practiceId.localeCompare(b.practiceId),
	);
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
