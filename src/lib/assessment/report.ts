/**
 * Exports a person pastes into an issue or a wiki: a Markdown report (levels, reasons, roadmap)
 * and a CSV of the roadmap steps that issue trackers import. `link` turns a site path into an
 * absolute URL (the page passes its origin and base), so the exports work outside the site.
 */
import { AUDIENCE_TEXT, dimensionScoreText, EFFORT_TEXT, PHASE_TEXT, REPORT_TEXT as T, SCALE_TEXT, SCOPE_TEXT, STATUS_TEXT } from './messages';
import { levelName, statementOf, type Model } from './model';
import { buildRoadmap, normaliseTargets, PHASES, type RoadmapStep } from './roadmap';
import { scoreAssessment } from './scoring';
import type { SharedAssessment } from './shared';
import type { Respondent, TeamSummary } from './team';

export type Link = (path: string) => string;

/** Text safe inside a Markdown table cell or list item: no pipes or line breaks to break the layout. */
export const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');

const table = (head: readonly string[], rows: string[][]) =>
	[`| ${head.map(mdCell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');

export const dimensionName = (model: Model, id: string) => model.dimensions.find((d) => d.id === id)?.name ?? id;

/** The roadmap step's title as the results page words it. */
export const stepTitle = (s: RoadmapStep) => (s.unknown ? `${T.findOut} ${s.action}` : s.action);

function roadmapMarkdown(model: Model, roadmap: RoadmapStep[], link: Link): string[] {
	if (roadmap.length === 0) return [T.noSteps];
	return PHASES.flatMap((phase) => {
		const steps = roadmap.filter((s) => s.phase === phase);
		if (steps.length === 0) return [];
		return [
			`### ${PHASE_TEXT[phase].title}`,
			'',
			...steps.flatMap((s, i) => [
				`${i + 1}. **${mdCell(stepTitle(s))}** (${mdCell(dimensionName(model, s.dimensionId))}, level ${s.level}, ${EFFORT_TEXT[s.effort].toLowerCase()})`,
				`   - ${T.whyItMatters}: ${mdCell(s.why)}`,
				`   - ${T.doneWhen}: ${mdCell(s.doneWhen)}`,
				...(s.tools ? [`   - ${T.tools}: ${mdCell(s.tools)}`] : []),
				`   - ${T.docs}: <${link(s.docs)}>`,
			]),
			'',
		];
	});
}

export function markdownReport(model: Model, a: SharedAssessment, link: Link): string {
	const result = scoreAssessment(model, a.context, a.answers);
	const targets = normaliseTargets(result, a.targets);
	const roadmap = buildRoadmap(model, result, targets, a.context);
	const statement = (id: string) => mdCell(statementOf(model, id, a.context.audience));
	const lines = [
		`# ${T.title}, ${a.createdAt.slice(0, 10)}`,
		'',
		`- ${T.scale}: ${SCALE_TEXT[a.context.scale]}`,
		`- ${T.audience}: ${AUDIENCE_TEXT[a.context.audience]}`,
		`- ${T.scopes}: ${a.context.scopes.map((s) => SCOPE_TEXT[s]).join('; ')}`,
		`- ${T.modelVersion}: ${a.modelVersion}`,
		'',
		`## ${T.overall(result.overall.level, levelName(result.overall.level))}`,
		'',
		`${T.heldBy}: ${result.overall.limitedBy.map((id) => dimensionName(model, id)).join(', ')}.`,
		'',
		`## ${T.levels}`,
		'',
		table(
			T.columns,
			result.dimensions.map((d) => [
				dimensionName(model, d.id),
				d.applicable ? `${d.level} ${levelName(d.level)}` : T.notApplicable,
				dimensionScoreText(d),
				d.applicable ? String(targets[d.id]) : '–',
			]),
		),
		'',
		`## ${T.why}`,
		'',
		...result.dimensions.flatMap((d) => [
			`### ${dimensionName(model, d.id)}: ${d.applicable ? `level ${d.level} ${levelName(d.level)}` : T.notApplicable.toLowerCase()}`,
			'',
			...(d.strengths.length ? [`${T.inPlace}:`, '', ...d.strengths.map((id) => `- ${statement(id)}`), ''] : []),
			...(d.blockers.length
				? [`${T.whyNot(d.level + 1)}:`, '', ...d.blockers.map((id) => `- ${statement(id)} (${STATUS_TEXT[d.practices.find((p) => p.id === id)!.status]})`), '']
				: []),
		]),
		`## ${T.roadmap}`,
		'',
		...roadmapMarkdown(model, roadmap, link),
	];
	return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space, with
 * quotes doubled. A leading = + - @ gets an apostrophe so a spreadsheet never runs it as a formula.
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const toCsv = (rows: string[][]) => rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

export function roadmapCsvRows(model: Model, roadmap: RoadmapStep[], link: Link): string[][] {
	return [
		[...T.csvColumns],
		...roadmap.map((s) => [stepTitle(s), dimensionName(model, s.dimensionId), PHASE_TEXT[s.phase].short, EFFORT_TEXT[s.effort], s.doneWhen, link(s.docs)]),
	];
}

export function roadmapCsv(model: Model, a: SharedAssessment, link: Link): string {
	const result = scoreAssessment(model, a.context, a.answers);
	return toCsv(roadmapCsvRows(model, buildRoadmap(model, result, normaliseTargets(result, a.targets), a.context), link));
}

const fmt = (n: number | null) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));

export function teamMarkdown(model: Model, respondents: Respondent[], summary: TeamSummary, labels: string[], link: Link, date: string): string {
	const lines = [
		`# ${T.teamTitle}, ${date}`,
		'',
		`${T.respondents}: ${respondents.length}. ${T.modelVersion}: ${model.meta.version}.`,
		'',
		`## ${T.disagreements}`,
		'',
		...(summary.conversationOrder.some((d) => d.disagreement)
			? summary.conversationOrder.filter((d) => d.disagreement).map((d) => `- ${mdCell(dimensionName(model, d.id))}: ${fmt(d.lowest)}–${fmt(d.highest)}`)
			: [T.none]),
		'',
		`## ${T.levels}`,
		'',
		table(
			[...T.teamColumns, ...labels],
			summary.conversationOrder.map((d) => [dimensionName(model, d.id), fmt(d.median), fmt(d.lowest), fmt(d.highest), fmt(d.spread), ...d.levels.map(fmt)]),
		),
		'',
		`## ${T.roadmap}`,
		'',
		...roadmapMarkdown(model, summary.roadmap, link),
	];
	return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** The team summary as JSON: aggregates and per-person levels, no individual answers. */
export function teamJson(model: Model, summary: TeamSummary, labels: string[], date: string) {
	return {
		format: 'agentops-team-summary',
		formatVersion: 1,
		modelVersion: model.meta.version,
		createdAt: date,
		respondents: labels.map((label, i) => ({ label, levels: Object.fromEntries(summary.dimensions.map((d) => [d.id, d.levels[i] ?? null])) })),
		dimensions: summary.conversationOrder.map((d) => ({
			id: d.id,
			name: dimensionName(model, d.id),
			median: d.median,
			lowest: d.lowest,
			highest: d.highest,
			spread: d.spread,
			disagreement: d.disagreement,
		})),
		roadmap: summary.roadmap.map((s) => ({ phase: s.phase, dimensionId: s.dimensionId, practiceId: s.practiceId, level: s.level, title: stepTitle(s), doneWhen: s.doneWhen, effort: s.effort, docs: s.docs })),
	};
}
