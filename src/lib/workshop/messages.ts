/** Wording for the workshop's warnings and problems: one place, so logic carries no UI text. */
import type { ScheduleWarning } from './schedule';
import type { ResultsParse } from './results-input';
import type { ScaleId } from '../../schemas/ids';

/** A warning as a sentence; `titleOf` names a module id (prerequisites are ids). */
export function warningText(w: ScheduleWarning, titleOf: (id: string) => string): string {
	switch (w.code) {
		case 'missing-timing':
			return `“${w.title}” has no ${w.missing.join(' or ')} time yet; it is counted as 0 minutes.`;
		case 'prerequisite-missing':
			return `“${w.title}” builds on “${titleOf(w.prerequisite)}”, which is not in this agenda.`;
		case 'prerequisite-late':
			return `“${w.title}” comes before “${titleOf(w.prerequisite)}”, which it builds on.`;
		case 'duplicate':
			return `“${w.title}” appears more than once.`;
		case 'empty-day':
			return `Day ${w.day} has no sessions; the day break is ignored.`;
		case 'past-midnight':
			return `Day ${w.day} runs past midnight: move some sessions to another day.`;
	}
}

export const RESULTS_PROBLEM_TEXT: Record<Extract<ResultsParse, { ok: false }>['problem'], string> = {
	'not-json': 'That is not JSON. Paste the results file as it was exported, or a list like [{"dimensionId": "validation-gates", "level": 2}].',
	'wrong-shape': 'That JSON is neither an assessment result nor a list of {"dimensionId", "level"} pairs (levels are whole numbers 1–5).',
	'unknown-dimension': 'These dimension ids are not in the assessment:',
};

export const STORED_AGENDA_PROBLEM =
	'The agenda saved in this browser could not be read, so a new one was started. Nothing has been deleted: you can download the saved data as it is, or replace it with the agenda on screen.';

export const VIEW_TEXT = {
	learner: 'Learner view',
	facilitator: 'Facilitator view',
	learnerHint: 'Solutions are folded; facilitator notes are hidden.',
	facilitatorHint: 'Facilitator notes are shown and solutions are open.',
} as const;

export const KIND_TEXT = { teach: 'Teaching', exercise: 'Exercise', discuss: 'Discussion' } as const;

export const LEVEL_NAMES = ['Reactive', 'Organized', 'Systematic', 'Intelligent', 'Autonomous'] as const;
export const levelLabel = (level: number) => `${level}. ${LEVEL_NAMES[level - 1] ?? ''}`;

/** Scale names for badges; every scale has one (checked by `satisfies`), and any id string can look one up. */
export const SCALE_TEXT: Record<string, string> = {
	personal: 'Personal',
	household: 'Household',
	team: 'Team',
	organization: 'Organization',
	institutional: 'Institutional',
} satisfies Record<ScaleId, string>;
