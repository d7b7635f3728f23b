/**
 * Title and description of the site's pages that are not content entries (the index pages, the
 * assessment's tools, the workshop's agenda builder): the page's <title> and meta description, and
 * the notes /llms.txt gives its links. Content entries carry their own in their frontmatter.
 */
export const PAGES = {
	docs: {
		title: 'Docs',
		description:
			'The AgentOps framework in reading order: why it exists, the five patterns, six principles, three layers, five maturity levels, adoption and stacks.',
	},
	assessment: {
		title: 'Maturity self-assessment',
		description:
			'Find your level in each dimension of operating AI, see exactly why, and leave with a phased roadmap. Runs entirely in your browser.',
	},
	quick: {
		title: 'Quick check',
		description:
			'Two minutes, one question per dimension: an estimated maturity level for how you operate AI, and a way into the full assessment.',
	},
	scoring: {
		title: 'How scoring works',
		description:
			'The exact rules behind every level, score and roadmap step in the AgentOps self-assessment, with worked examples and personas computed by the real scoring code.',
	},
	resultFormat: {
		title: 'Result links and file formats',
		description:
			'How assessment results travel: the share link, the result file and its JSON Schema, the history export and the team summary. All of it is read and written in your browser.',
	},
	openModel: {
		title: 'The assessment model as data',
		description:
			"The assessment model, its JSON Schema, the result file's schema and the model's changelog: open files made when the site is built, for others to build on.",
	},
	team: {
		title: 'Team workshop',
		description:
			"Bring everyone's assessment results together in the browser: medians, spreads, the dimensions where people disagree most, and a team roadmap. No server, no login.",
	},
	workshop: {
		title: 'Workshop curriculum',
		description:
			'Teach the AgentOps framework to one person, a team or an institution: learning paths per scale, hands-on modules with solutions, and an agenda builder.',
	},
	agenda: {
		title: 'Agenda builder',
		description:
			'Plan a workshop from a learning path, a blank page or your assessment results: clock times, breaks and totals, exported as Markdown or a calendar file.',
	},
	templates: {
		title: 'Templates',
		description:
			'Working files to put in your repository, wiki or household binder on day one: policies, checklists, context briefs, trackers and a self-hosted gateway.',
	},
	caseStudies: {
		title: 'Case studies',
		description:
			'Reported public incidents mapped to the practices that would have caught them, and illustrative stories of operating AI at every scale.',
	},
} as const satisfies Record<string, { title: string; description: string }>;

/**
 * The files the assessment publishes for others to build on: the title and description their JSON
 * Schemas carry, and the notes /llms.txt and the open-model page give their links.
 */
export const FILES = {
	model: {
		title: 'AgentOps assessment model',
		description:
			'The maturity model the AgentOps self-assessment scores with: answer scales and every dimension with its practices, levels, wording per audience, equivalents and dependencies.',
	},
	modelSchema: { title: 'Model JSON Schema', description: 'The JSON Schema (2020-12) of the assessment model file.' },
	result: {
		title: 'AgentOps assessment result',
		description:
			'The file the AgentOps self-assessment results page downloads. answers, context and modelVersion are the source of truth; result and roadmap are derived from them.',
	},
	changelog: {
		title: 'AgentOps assessment model changelog',
		description:
			'One entry per version of the AgentOps assessment model, newest first: its date, a summary, how scoring changed, and the dimensions, practices and answer scales added, removed, replaced, moved or rescaled since the version before.',
	},
	changelogSchema: { title: 'Changelog JSON Schema', description: 'The JSON Schema (2020-12) of the model changelog file.' },
} as const;
