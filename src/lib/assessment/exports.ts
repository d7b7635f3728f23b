/**
 * Every file the results and team pages make on request, behind one dynamic import: the islands
 * load these builders (and the Markdown, CSV and calendar rules they need) on the first click,
 * not with the page.
 */
export { markdownReport, roadmapCsv, teamJson, teamMarkdown } from './report';
export { githubIssuesJsonl, gitlabIssuesCsv, roadmapChecklist } from './tracker-exports';
export { reminderIcs } from './reminder';
