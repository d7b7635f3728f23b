/**
 * Comparing two assessments: per dimension the level and score before and after, and progress
 * toward the targets set at the earlier one (the question a quarterly review asks: did we get
 * where we meant to go?).
 */
import type { Model } from './model';
import { normaliseTargets, targetProgress, type Targets } from './roadmap';
import { scoreAssessment, type AssessmentResult } from './scoring';
import type { SharedAssessment } from './shared';

export type Side = { level: number; score: number; applicable: boolean };
export type DimensionChange = { id: string; before: Side; after: Side; change: number; target: number; reached: boolean };
export type Comparison = {
	before: AssessmentResult;
	after: AssessmentResult;
	dimensions: DimensionChange[];
	/** The earlier assessment's targets, which both are measured against. */
	targets: Targets;
	/** targetProgress (0…1) of each assessment toward the earlier targets. */
	progress: { before: number; after: number };
};

export function compareAssessments(model: Model, earlier: SharedAssessment, later: SharedAssessment): Comparison {
	const before = scoreAssessment(model, earlier.context, earlier.answers);
	const after = scoreAssessment(model, later.context, later.answers);
	const targets = normaliseTargets(before, earlier.targets);
	const dimensions = model.dimensions.map((d) => {
		const b = before.dimensions.find((x) => x.id === d.id)!;
		const a = after.dimensions.find((x) => x.id === d.id)!;
		const target = targets[d.id] ?? b.level;
		return {
			id: d.id,
			before: { level: b.level, score: b.score, applicable: b.applicable },
			after: { level: a.level, score: a.score, applicable: a.applicable },
			change: a.level - b.level,
			target,
			reached: a.applicable && a.level >= target,
		};
	});
	return {
		before,
		after,
		dimensions,
		targets,
		progress: { before: targetProgress(before, targets), after: targetProgress(after, targets) },
	};
}
