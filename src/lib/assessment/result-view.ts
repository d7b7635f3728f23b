/**
 * The view of one result, computed once: what the results page, a shared or history view and the
 * Markdown and CSV exports show. Scoring and the roadmap stay in scoring.ts and roadmap.ts; this
 * module only names, words and groups their output, so every surface says the same thing.
 */
import { dimensionLevelText, dimensionScoreText, RESULTS_TEXT as T, scoreMeaning } from './messages';
import { levelName, statementOf, type Context, type DimensionWithId, type Model } from './model';
import { stepPlanView, type Plan, type StepPlanView } from './plan';
import { buildRoadmap, normaliseTargets, PHASES, type Phase, type RoadmapStep, type Targets } from './roadmap';
import { resourcesFor, type Resource } from './resources';
import { byDimension, scoreAssessment, type AssessmentResult, type DimensionResult, type PracticeStatus } from './scoring';
import type { SharedAssessment } from './shared';

/** What a level means, from the levels collection: shown where the overall level is shown. */
export type LevelMeaning = { number: number; markers: string[]; path: string };

export type Statement = { id: string; statement: string };

export type DimensionView = {
	id: string;
	name: string;
	docs: string;
	/** The scoring result behind this view, for the radar and the level text. */
	result: DimensionResult;
	levelText: string;
	/** What the score means, in words ("3.40: level 3, and 40 % of the way…"). */
	scoreText: string;
	/** The target, or null for a dimension that does not apply. */
	target: number | null;
	/** Levels a person may pick as the target: the current level up to the ceiling. Empty at the ceiling. */
	targetChoices: number[];
	strengths: (Statement & { metBy?: string })[];
	blockers: (Statement & { status: PracticeStatus })[];
};

export type StepView = Omit<RoadmapStep, 'neededFor' | 'after'> & {
	/** The step as a person reads it: "Find out, then act: …" for an unknown answer. */
	title: string;
	dimensionName: string;
	neededFor: string[];
	after: string[];
	resources: Resource[];
	/** Owner, due date (set or proposed from the phase) and status. */
	plan: StepPlanView;
};

export type ResultView = {
	result: AssessmentResult;
	overall: { level: number; name: string; limitedBy: string[] };
	/** Dimension and result pairs, as the radar draws them. */
	radar: { d: DimensionWithId; r: DimensionResult }[];
	dimensions: DimensionView[];
	targets: Targets;
	steps: StepView[];
	phases: { phase: Phase; steps: StepView[] }[];
	/** Steps done and under way, out of all steps: the progress a person sees on the next visit. */
	progress: { done: number; doing: number; total: number };
};

export const dimensionName = (model: Model, id: string) => model.dimensions.find((d) => d.id === id)?.name ?? id;

/** The roadmap step's title as every surface words it. */
export const stepTitle = (s: Pick<RoadmapStep, 'unknown' | 'action'>) => (s.unknown ? `${T.findOut} ${s.action}` : s.action);

/** Roadmap steps in words for one audience (the team view's roadmap goes through here too). */
export function stepViews(
	model: Model,
	roadmap: RoadmapStep[],
	context: Pick<Context, 'audience'>,
	resources: readonly Resource[] = [],
	plan?: Plan,
	now: Date = new Date(),
) {
	const statement = (id: string) => statementOf(model, id, context.audience);
	return roadmap.map((s): StepView => ({
		...s,
		title: stepTitle(s),
		dimensionName: dimensionName(model, s.dimensionId),
		neededFor: (s.neededFor ?? []).map(statement),
		after: s.after.map(statement),
		resources: resourcesFor(resources, s.dimensionId, s.level),
		plan: stepPlanView(plan, s.practiceId, s.phase, now),
	}));
}

export function resultView(
	model: Model,
	a: Pick<SharedAssessment, 'context' | 'answers' | 'targets' | 'plan'>,
	resources: readonly Resource[] = [],
	now: Date = new Date(),
): ResultView {
	const result = scoreAssessment(model, a.context, a.answers);
	const targets = normaliseTargets(result, a.targets);
	const statement = (id: string) => statementOf(model, id, a.context.audience);
	const radar = byDimension(model, result);
	const dimensions = radar.map(({ d, r }): DimensionView => ({
		id: d.id,
		name: d.name,
		docs: d.docs,
		result: r,
		levelText: dimensionLevelText(r),
		scoreText: r.applicable ? scoreMeaning(r) : dimensionScoreText(r),
		target: r.applicable ? (targets[d.id] ?? r.level) : null,
		targetChoices: r.applicable && r.level < r.ceiling ? [1, 2, 3, 4, 5].filter((l) => l >= r.level && l <= r.ceiling) : [],
		strengths: r.strengths.map((id) => {
			const metBy = r.practices.find((p) => p.id === id)?.metBy;
			return { id, statement: statement(id), ...(metBy ? { metBy: statement(metBy) } : {}) };
		}),
		blockers: r.blockers.map((id) => ({ id, statement: statement(id), status: r.practices.find((p) => p.id === id)!.status })),
	}));
	const steps = stepViews(model, buildRoadmap(model, result, targets, a.context), a.context, resources, a.plan, now);
	return {
		result,
		overall: {
			level: result.overall.level,
			name: levelName(result.overall.level),
			limitedBy: result.overall.limitedBy.map((id) => dimensionName(model, id)),
		},
		radar,
		dimensions,
		targets,
		steps,
		phases: PHASES.map((phase) => ({ phase, steps: steps.filter((s) => s.phase === phase) })).filter((p) => p.steps.length > 0),
		progress: {
			done: steps.filter((s) => s.plan.status === 'done').length,
			doing: steps.filter((s) => s.plan.status === 'doing').length,
			total: steps.length,
		},
	};
}
