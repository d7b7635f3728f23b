/**
 * `score`, `check` and `report` on result files already read (read-result.ts): levels recomputed
 * from the answers by the site's own scoring, the gate's verdict, and the Markdown a pull-request
 * comment shows. Pure: main.ts reads the files and prints.
 */
import { compareAssessments } from '../lib/assessment/compare';
import { AUDIENCE_TEXT, levelLabel, SCALE_TEXT, SCOPE_TEXT } from '../lib/assessment/messages';
import { COMPARE_TEXT } from '../lib/assessment/messages-compare';
import { REPORT_TEXT } from '../lib/assessment/messages-report';
import type { Model } from '../lib/assessment/model';
import { checklistItem, levelRows, mdCell, table, type Link } from '../lib/assessment/report';
import { resultView } from '../lib/assessment/result-view';
import type { SharedAssessment } from '../lib/assessment/shared';
import { mdText } from '../lib/markdown/text';
import { cliMessages as m } from './messages';

export const SCORE_FORMAT = 'agentops-score';

export function scoreData(model: Model, a: SharedAssessment, migratedFrom?: number) {
	const view = resultView(model, a);
	return {
		format: SCORE_FORMAT,
		formatVersion: 1,
		modelVersion: model.meta.version,
		...(migratedFrom ? { migratedFrom } : {}),
		createdAt: a.createdAt,
		context: a.context,
		overall: view.overall,
		dimensions: view.dimensions.map((d) => ({
			id: d.id,
			name: d.name,
			applicable: d.result.applicable,
			level: d.result.level,
			score: d.result.score,
			target: d.target,
		})),
	};
}
export type ScoreData = ReturnType<typeof scoreData>;

export function scoreText(s: ScoreData, file: string): string {
	const out = [
		m.scoreHeading(file, s.createdAt.slice(0, 10), s.modelVersion),
		...(s.migratedFrom ? [m.migrated(s.migratedFrom, s.modelVersion)] : []),
		m.context(SCALE_TEXT[s.context.scale], AUDIENCE_TEXT[s.context.audience], s.context.scopes.map((x) => SCOPE_TEXT[x]).join('; ')),
		'',
		m.overall(s.overall.level, s.overall.name, s.overall.limitedBy),
		'',
	];
	for (const d of s.dimensions)
		out.push(d.applicable ? m.dimensionLine(d.name, levelLabel(d.level), d.score, d.target ?? d.level) : m.notApplicable(d.name));
	return out.join('\n') + '\n';
}

/** One reason the gate fails: a dimension below the previous result's level, or below this result's own target. */
export type Shortfall = { id: string; name: string; against: 'previous' | 'target'; expected: number; level: number; by: number };

export type CheckOutcome = {
	shortfalls: Shortfall[];
	/** Dimensions that applied before and no longer do (the context changed): said, not failed. */
	noLongerApplies: string[];
	/** Dimensions compared (applicable now). */
	checked: number;
};

export function checkResult(
	model: Model,
	current: SharedAssessment,
	previous: SharedAssessment | undefined,
	targets: boolean,
): CheckOutcome {
	const view = resultView(model, current);
	const shortfalls: Shortfall[] = [];
	const noLongerApplies: string[] = [];
	const byId = previous ? new Map(compareAssessments(model, previous, current).dimensions.map((c) => [c.id, c])) : undefined;
	for (const d of view.dimensions) {
		const level = d.result.level;
		const before = byId?.get(d.id)?.before;
		if (before?.applicable && !d.result.applicable) noLongerApplies.push(d.name);
		if (!d.result.applicable) continue;
		if (before?.applicable && level < before.level)
			shortfalls.push({ id: d.id, name: d.name, against: 'previous', expected: before.level, level, by: before.level - level });
		if (targets && d.target !== null && level < d.target)
			shortfalls.push({ id: d.id, name: d.name, against: 'target', expected: d.target, level, by: d.target - level });
	}
	return { shortfalls, noLongerApplies, checked: view.dimensions.filter((d) => d.result.applicable).length };
}

export function checkText(o: CheckOutcome, file: string, previous: string | undefined, targets: boolean): string {
	const out = [m.checkHeading(file, previous, targets)];
	for (const s of o.shortfalls) out.push(s.against === 'previous' ? m.belowPrevious(s) : m.belowTarget(s));
	for (const name of o.noLongerApplies) out.push(m.noLongerApplies(name));
	out.push(o.shortfalls.length ? m.failed(o.shortfalls.length) : m.passed(o.checked, previous !== undefined, targets));
	return out.join('\n') + '\n';
}

/** How many roadmap steps the comment lists: the first ones, in the roadmap's order (now, next, later). */
export const REPORT_STEPS = 3;

/**
 * The pull-request comment: the levels table (with the previous level and the change when there
 * is a previous result), the changes in words, and the first roadmap steps as a checklist. Table,
 * cells, steps and escaping are the Markdown report's own (report.ts, markdown/text.ts).
 */
export function reportMarkdown(
	model: Model,
	current: SharedAssessment,
	previous: SharedAssessment | undefined,
	link: Link,
	names: { file: string; previous?: string | undefined },
): string {
	const view = resultView(model, current);
	const comparison = previous ? compareAssessments(model, previous, current) : undefined;
	const change = (n: number) => (n > 0 ? COMPARE_TEXT.up(n) : n < 0 ? COMPARE_TEXT.down(-n) : COMPARE_TEXT.same);
	const rows = levelRows(view).map((cells, i) => {
		const c = comparison?.dimensions[i];
		if (!c) return cells;
		return [
			...cells,
			c.before.applicable ? mdCell(levelLabel(c.before.level)) : '–',
			c.before.applicable && c.after.applicable ? mdCell(change(c.change)) : '–',
		];
	});
	const changed = comparison?.dimensions.filter((c) => c.before.applicable && c.after.applicable && c.change !== 0) ?? [];
	const nameOf = new Map(view.dimensions.map((d) => [d.id, d.name]));
	const lines = [
		`## ${m.reportTitle}`,
		'',
		`**${REPORT_TEXT.overall(view.overall.level, view.overall.name)}**`,
		'',
		m.reportFrom(mdText(names.file), current.createdAt.slice(0, 10), model.meta.version),
		'',
		table([...REPORT_TEXT.columns, ...(comparison ? m.reportPreviousColumns : [])].map(mdCell), rows),
		'',
		...(comparison && previous
			? [
					`### ${m.reportChanges(mdText(names.previous ?? ''), previous.createdAt.slice(0, 10))}`,
					'',
					...(changed.length
						? changed.map(
								(c) =>
									`- ${mdCell(nameOf.get(c.id) ?? c.id)}: ${mdCell(`${levelLabel(c.before.level)} → ${levelLabel(c.after.level)}`)} (${mdCell(change(c.change))})`,
							)
						: [m.reportNoChange]),
					'',
				]
			: []),
		`### ${m.reportSteps(Math.min(REPORT_STEPS, view.steps.length), view.steps.length)}`,
		'',
		...(view.steps.length ? view.steps.slice(0, REPORT_STEPS).flatMap((s) => checklistItem(s, link)) : [REPORT_TEXT.noSteps]),
	];
	return (
		lines
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}
