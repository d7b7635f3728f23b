/** Wording for the assessment's states and problems: one place, so code never carries UI text. */
import type { LoadProblem } from './saved';

export const LOAD_PROBLEM_TEXT: Record<LoadProblem, string> = {
	corrupt: 'Your saved assessment could not be read: the data in this browser is damaged.',
	'unknown-format': 'Your saved assessment was written by a newer or older version of this site that this page does not understand.',
	'other-model-version': 'Your saved assessment was made with a different version of the assessment questions, and there is no known way to carry the answers over.',
	'invalid-answers': 'Your saved assessment refers to questions or answers this version of the assessment does not have.',
};

export const KEPT_TEXT =
	'Nothing has been deleted. You can download the saved data as it is, then start a new assessment; starting over keeps a backup copy in this browser.';

export const PHASE_TEXT = {
	now: { title: 'Now: the next 30 days', short: 'Now' },
	next: { title: 'Next: within 90 days', short: 'Next' },
	later: { title: 'Later: after 90 days', short: 'Later' },
} as const;

export const STATUS_TEXT = {
	'in-place': 'In place',
	partial: 'Partly in place',
	missing: 'Not in place',
	unknown: "Don't know",
	unanswered: 'Not answered',
	'not-applicable': 'Not applicable',
} as const;

export const EFFORT_TEXT = { small: 'Small effort', medium: 'Medium effort', large: 'Large effort' } as const;

export const SCOPE_TEXT = {
	chat: 'Chat assistants (asking an AI in a chat window)',
	tools: 'Tool-using agents (agents that run commands, edit files or call APIs)',
	'multi-agent': 'Multi-agent systems (several agents handing work to each other)',
} as const;

export const SCALE_TEXT = {
	personal: 'Personal: just me',
	team: 'Team: 5–50 people',
	organization: 'Organization: 50–500+ people',
	institutional: 'Institutional: 500+, mission-critical',
} as const;

export const AUDIENCE_TEXT = {
	creators: 'Creator: writing, media, content',
	families: 'Family or household',
	enterprises: 'Enterprise: business functions',
	'platform-teams': 'Software or platform team running agents',
} as const;

export const DONT_KNOW = "Don't know";
export const NOT_APPLICABLE = 'Not applicable';
