/**
 * Exports a person pastes into an issue or a wiki: a Markdown report (levels, reasons, and the
 * roadmap as a checklist with owners and due dates) and a CSV of the roadmap steps for a
 * spreadsheet (tracker-exports.ts has the issue-tracker files). `link` turns a site path into an
 * absolute URL (the page passes its origin and base), so the exports work outside the site.
 */
import { AUDIENCE_TEXT, dimensionScoreText, EFFORT_TEXT, PHASE_TEXT, PLAN_TEXT, SCALE_TEXT, SCOPE_TEXT, STATUS_TEXT } from './messages';
import { REPORT_TEXT as T } from './messages-report';
import { mdText } from '../markdown/text';
import type { Model } from './model';
import { dimensionName, resultView, stepTitle, stepViews, type ResultView, type StepView } from './result-view';
import { PHASES } from './roadmap';
import type { SharedAssessment } from './shared';
import type { Respondent, TeamSummary } from './team';

export type Link = (path: string) => string;

/**
 * The site's own text (model wording, names) inside a Markdown table cell or list item: no pipes
 * or line breaks to break the layout. Text from people goes through mdText() instead.
 */
export const mdCell = (s: string) =>
	s
		.replace(/\\/g, '\\\\')
		.replace(/\|/g, '\\|')
		.replace(/\s*[\r\n]+\s*/g, ' ');

/** A Markdown table of cells already made safe (mdCell or mdText). */
export const table = (head: readonly string[], rows: string[][]) =>
	[`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** One step as a checklist item, with what a person needs to act on it. */
export function checklistItem(s: StepView, link: Link): string[] {
	const box = s.plan.status === 'done' ? '[x]' : '[ ]';
	const plan = [
		...(s.plan.owner ? [`${PLAN_TEXT.owner}: ${mdText(s.plan.owner)}`] : []),
		`${PLAN_TEXT.due}: ${s.plan.due}${s.plan.dueProposed ? ` (${PLAN_TEXT.proposed})` : ''}`,
		...(s.plan.status === 'doing' ? [PLAN_TEXT.statuses.doing] : []),
	].join(' · ');
	return [
		`- ${box} **${mdCell(s.title)}** (${mdCell(s.dimensionName)}, level ${s.level}, ${EFFORT_TEXT[s.effort].toLowerCase()})`,
		`  - ${plan}`,
		`  - ${T.whyItMatters}: ${mdCell(s.why)}`,
		`  - ${T.doneWhen}: ${mdCell(s.doneWhen)}`,
		...(s.tools ? [`  - ${T.tools}: ${mdCell(s.tools)}`] : []),
		`  - ${T.docs}: <${link(s.docs)}>`,
	];
}

/** The roadmap as a checklist grouped by phase (also the roadmap section of the Markdown report). */
export function checklistMarkdown(steps: StepView[], link: Link): string[] {
	if (steps.length === 0) return [T.noSteps];
	return PHASES.flatMap((phase) => {
		const inPhase = steps.filter((s) => s.phase === phase);
		return inPhase.length ? [`### ${PHASE_TEXT[phase].title}`, '', ...inPhase.flatMap((s) => checklistItem(s, link)), ''] : [];
	});
}

/** The levels table's rows (dimension, level, score, target), cells made safe: the report's and the command line's. */
export const levelRows = (view: ResultView) =>
	view.dimensions.map((d) => [d.name, d.levelText, dimensionScoreText(d.result), d.target === null ? '–' : String(d.target)].map(mdCell));

export function markdownReport(model: Model, a: SharedAssessment, link: Link): string {
	const view = resultView(model, a);
	const lines = [
		`# ${T.title}, ${a.createdAt.slice(0, 10)}`,
		'',
		`- ${T.scale}: ${SCALE_TEXT[a.context.scale]}`,
		`- ${T.audience}: ${AUDIENCE_TEXT[a.context.audience]}`,
		`- ${T.scopes}: ${a.context.scopes.map((s) => SCOPE_TEXT[s]).join('; ')}`,
		`- ${T.modelVersion}: ${a.modelVersion}`,
		'',
		`## ${T.overall(view.overall.level, view.overall.name)}`,
		'',
		`${T.heldBy}: ${view.overall.limitedBy.join(', ')}.`,
		'',
		`## ${T.levels}`,
		'',
		table(T.columns.map(mdCell), levelRows(view)),
		'',
		`## ${T.why}`,
		'',
		...view.dimensions.flatMap((d) => [
			`### ${d.name}: ${d.levelText}`,
			'',
			...(d.strengths.length ? [`${T.inPlace}:`, '', ...d.strengths.map((p) => `- ${mdCell(p.statement)}`), ''] : []),
			...(d.blockers.length
				? [`${T.whyNot(d.result.level + 1)}:`, '', ...d.blockers.map((p) => `- ${mdCell(p.statement)} (${STATUS_TEXT[p.status]})`), '']
				: []),
		]),
		`## ${T.roadmap}`,
		'',
		...checklistMarkdown(view.steps, link),
	];
	return (
		lines
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
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

export function roadmapCsvRows(roadmap: StepView[], link: Link): string[][] {
	return [
		[...T.csvColumns],
		...roadmap.map((s) => [
			s.title,
			s.dimensionName,
			String(s.level),
			PHASE_TEXT[s.phase].short,
			EFFORT_TEXT[s.effort],
			s.plan.owner,
			s.plan.due,
			PLAN_TEXT.statuses[s.plan.status],
			s.doneWhen,
			link(s.docs),
		]),
	];
}

/**
 * The roadmap as CSV, UTF-8 with a byte order mark: spreadsheets (Excel among them) read a file
 * without one in the system's legacy encoding and garble every non-ASCII character.
 */
export function roadmapCsv(model: Model, a: SharedAssessment, link: Link): string {
	return `\uFEFF${toCsv(roadmapCsvRows(resultView(model, a).steps, link))}`;
}

const fmt = (n: number | null) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));

export function teamMarkdown(
	model: Model,
	respondents: Respondent[],
	summary: TeamSummary,
	labels: string[],
	link: Link,
	date: string,
): string {
	const lines = [
		`# ${T.teamTitle}, ${date}`,
		'',
		`${T.respondents}: ${respondents.length}. ${T.modelVersion}: ${model.meta.version}.`,
		'',
		`## ${T.disagreements}`,
		'',
		...(summary.conversationOrder.some((d) => d.disagreement)
			? summary.conversationOrder
					.filter((d) => d.disagreement)
					.map((d) => `- ${mdCell(dimensionName(model, d.id))}: ${fmt(d.lowest)}–${fmt(d.highest)}`)
			: [T.none]),
		'',
		`## ${T.levels}`,
		'',
		table(
			// Respondent labels are file names or names people typed: text, never markup.
			[...T.teamColumns.map(mdCell), ...labels.map(mdText)],
			summary.conversationOrder.map((d) =>
				[dimensionName(model, d.id), fmt(d.median), fmt(d.lowest), fmt(d.highest), fmt(d.spread), ...d.levels.map(fmt)].map(mdCell),
			),
		),
		'',
		`## ${T.roadmap}`,
		'',
		...checklistMarkdown(stepViews(model, summary.roadmap, summary.teamContext), link),
	];
	return (
		lines
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}

/** The team summary as JSON: aggregates and per-person levels, no individual answers. */
export function teamJson(model: Model, summary: TeamSummary, labels: string[], date: string) {
	return {
		format: 'agentops-team-summary',
		formatVersion: 1,
		modelVersion: model.meta.version,
		createdAt: date,
		respondents: labels.map((label, i) => ({
			label,
			levels: Object.fromEntries(summary.dimensions.map((d) => [d.id, d.levels[i] ?? null])),
		})),
		dimensions: summary.conversationOrder.map((d) => ({
			id: d.id,
			name: dimensionName(model, d.id),
			median: d.median,
			lowest: d.lowest,
			highest: d.highest,
			spread: d.spread,
			disagreement: d.disagreement,
		})),
		roadmap: summary.roadmap.map((s) => ({
			phase: s.phase,
			dimensionId: s.dimensionId,
			practiceId: s.practiceId,
			level: s.level,
			title: stepTitle(s),
			doneWhen: s.doneWhen,
			effort: s.effort,
			docs: s.docs,
		})),
	};
}
