/**
 * The downloadable result: everything needed to read, re-score or compare an assessment later.
 * Format "agentops-assessment-result", formatVersion 1:
 *
 *   { format, formatVersion: 1, modelVersion, createdAt (ISO date),
 *     context: { scale, audience, scopes[] },
 *     answers: { [practiceId]: optionIndex | "dont-know" | "not-applicable" },
 *     targets: { [dimensionId]: 1–5 },
 *     result: { overall: { level, name, limitedBy[] },
 *               dimensions: [{ id, name, level, levelName, ceiling, score, applicable,
 *                              unknowns[], blockers[], strengths[] }] },
 *     roadmap: [{ phase, dimensionId, practiceId, level, action, why, doneWhen, effort, tools?, docs,
 *                 owner?, due (YYYY-MM-DD, set or proposed), status }],
 *     plan?: { start, steps: { [practiceId]: { owner?, due?, status? } } },
 *     respondent?: the name or role the person chose to add (1–60 characters) }
 *
 * `plan` and `respondent` were added later without a new formatVersion: both are optional, so
 * files without them read as before, and readers that do not know them ignore them.
 *
 * `answers`, `context` and `modelVersion` are the source of truth; `result` and `roadmap` are
 * derived and included so the file reads on its own. The schema that reads it back is in
 * result-import.ts (it needs zod, which this module leaves out).
 */
import { levelName, type Answers, type Context, type Model } from './model';
import { stepPlanView, type Plan } from './plan';
import { buildRoadmap, normaliseTargets, type Targets } from './roadmap';
import type { ResultFile } from './result-import';
import { scoreAssessment } from './scoring';
import { cleanLabel, MAX_LABEL_LENGTH } from './shared';

export const RESULT_FORMAT = 'agentops-assessment-result';

export type { ResultFile };

export function buildResultFile(
	model: Model,
	context: Context,
	answers: Answers,
	targets: Partial<Targets>,
	{ plan, now = new Date(), respondent }: { plan?: Plan | undefined; now?: Date; respondent?: string | undefined } = {},
): ResultFile {
	const name = cleanLabel(respondent ?? '').slice(0, MAX_LABEL_LENGTH);
	const result = scoreAssessment(model, context, answers);
	const finalTargets = normaliseTargets(result, targets);
	const names = new Map(model.dimensions.map((d) => [d.id, d.name]));
	return {
		format: RESULT_FORMAT,
		formatVersion: 1,
		modelVersion: model.meta.version,
		createdAt: now.toISOString(),
		context,
		answers,
		targets: finalTargets,
		result: {
			overall: { ...result.overall, name: levelName(result.overall.level) },
			dimensions: result.dimensions.map((d) => ({
				id: d.id,
				name: names.get(d.id) ?? d.id,
				level: d.level,
				levelName: levelName(d.level),
				ceiling: d.ceiling,
				score: d.score,
				applicable: d.applicable,
				unknowns: d.unknowns,
				blockers: d.blockers,
				strengths: d.strengths,
			})),
		},
		roadmap: buildRoadmap(model, result, finalTargets, context).map((s) => {
			const p = stepPlanView(plan, s.practiceId, s.phase, now);
			return {
				phase: s.phase,
				dimensionId: s.dimensionId,
				practiceId: s.practiceId,
				level: s.level,
				action: s.action,
				why: s.why,
				doneWhen: s.doneWhen,
				effort: s.effort,
				...(s.tools ? { tools: s.tools } : {}),
				docs: s.docs,
				...(p.owner ? { owner: p.owner } : {}),
				due: p.due,
				status: p.status,
			};
		}),
		...(plan ? { plan } : {}),
		...(name ? { respondent: name } : {}),
	};
}
