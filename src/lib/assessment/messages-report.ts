/**
 * Wording of the downloaded reports (Markdown, checklist, tracker files), loaded with the
 * export builders on the first download, not with the pages.
 */
export const REPORT_TEXT = {
	title: 'AgentOps maturity assessment',
	teamTitle: 'AgentOps team maturity summary',
	context: 'Context',
	scale: 'Scale',
	audience: 'Describes us',
	scopes: 'Kinds of AI use',
	modelVersion: 'Assessment model version',
	overall: (level: number, name: string) => `Overall: level ${level}, ${name}`,
	heldBy: 'Held at this level by',
	levels: 'Levels by dimension',
	columns: ['Dimension', 'Level', 'Score (1–5)', 'Target'],
	why: 'Why each level',
	inPlace: 'In place',
	whyNot: (level: number) => `Why not level ${level}`,
	roadmap: 'Roadmap',
	noSteps: 'No steps: every dimension is at its target.',
	whyItMatters: 'Why it matters',
	doneWhen: 'Done when',
	tools: 'Tools to consider',
	docs: 'How to do it',
	notApplicable: 'Not applicable',
	csvColumns: ['Title', 'Dimension', 'Level', 'Phase', 'Effort', 'Owner', 'Due', 'Status', 'Done when', 'Link'],
	teamColumns: ['Dimension', 'Median', 'Lowest', 'Highest', 'Spread'],
	respondents: 'Respondents',
	disagreements: 'Where people disagree (two levels or more apart)',
	none: 'None.',
} as const;
