/**
 * The roadmap for the tools a team already runs its work in:
 * - a Markdown checklist (GitHub and GitLab render `- [ ]` as task lists, so it can be pasted
 *   into one issue or a wiki page),
 * - a CSV that GitLab's issue importer reads (columns title, description, due_date; the first
 *   two are required, in that order: docs.gitlab.com/user/project/issues/csv_import),
 * - JSON Lines for GitHub, one issue per line as the REST API's "create an issue" body, for the
 *   one-line `gh api` loop the page shows (GitHub has no CSV importer).
 * Steps marked done are left out of the two issue files: they need no issue.
 *
 * Text people typed (owners) goes through mdText(), so it stays text in every renderer; the
 * site's own wording goes through mdCell(). CSV and JSON do their own escaping.
 */
import { mdText } from '../markdown/text';
import { EFFORT_TEXT, PHASE_TEXT, PLAN_TEXT } from './messages';
import { REPORT_TEXT as T } from './messages-report';
import type { Model } from './model';
import { checklistMarkdown, mdCell, toCsv, type Link } from './report';
import { resultView, type StepView } from './result-view';
import type { SharedAssessment } from './shared';

export function roadmapChecklist(model: Model, a: SharedAssessment, link: Link): string {
	const view = resultView(model, a);
	const { done, doing, total } = view.progress;
	return (
		[
			`# ${T.roadmap}: ${T.title}, ${a.createdAt.slice(0, 10)}`,
			'',
			`${T.overall(view.overall.level, view.overall.name)}. ${PLAN_TEXT.progress(done, doing, total)}`,
			'',
			...checklistMarkdown(view.steps, link),
		]
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}

/** An issue's body: the step's reasons, plan and link, in Markdown. */
function issueBody(s: StepView, link: Link): string {
	return [
		`**${T.whyItMatters}:** ${mdCell(s.why)}`,
		'',
		`**${T.doneWhen}:** ${mdCell(s.doneWhen)}`,
		'',
		...(s.tools ? [`**${T.tools}:** ${mdCell(s.tools)}`, ''] : []),
		`${PHASE_TEXT[s.phase].title} · ${mdCell(s.dimensionName)}, level ${s.level} · ${EFFORT_TEXT[s.effort]}`,
		...(s.plan.owner ? ['', `**${PLAN_TEXT.owner}:** ${mdText(s.plan.owner)}`] : []),
		'',
		`${T.docs}: <${link(s.docs)}>`,
	].join('\n');
}

const open = (steps: StepView[]) => steps.filter((s) => s.plan.status !== 'done');

/** GitLab's CSV issue import: title, description, due_date (YYYY-MM-DD). */
export function gitlabIssuesCsv(model: Model, a: SharedAssessment, link: Link): string {
	const steps = open(resultView(model, a).steps);
	return toCsv([['title', 'description', 'due_date'], ...steps.map((s) => [s.title, issueBody(s, link), s.plan.due])]);
}

/** One GitHub "create an issue" request body per line. */
export function githubIssuesJsonl(model: Model, a: SharedAssessment, link: Link): string {
	const steps = open(resultView(model, a).steps);
	return steps
		.map((s) => JSON.stringify({ title: s.title, body: `${issueBody(s, link)}\n\n${PLAN_TEXT.due}: ${s.plan.due}` }))
		.join('\n')
		.concat(steps.length ? '\n' : '');
}
