/** Wording for the workshop's warnings and problems: one place, so logic carries no UI text. */
import type { ScheduleWarning } from './schedule';
import type { ResultsParse } from './results-input';
import type { ScaleId } from '../../schemas/ids';
import type { AgendaLimit } from './agenda';
import { DATE_RANGE, MAX_ITEMS, MAX_TITLE } from './limits';

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

/** The hand-made list of levels; problems with an assessment export use the assessment's INPUT_PROBLEM_TEXT, then RESULTS_HOW_TO. */
export const RESULTS_PROBLEM_TEXT: Record<Exclude<Extract<ResultsParse, { ok: false }>['problem'], 'assessment'>, string> = {
	'wrong-shape': 'That list is not a list of {"dimensionId", "level"} pairs (levels are whole numbers 1–5).',
	'unknown-dimension': 'These dimension ids are not in the assessment:',
	'duplicate-dimension': 'These dimensions are listed more than once, so it is not clear which level they are at:',
};
export const RESULTS_HOW_TO =
	'Paste the result file or share link as the assessment gave it, or a list like [{"dimensionId": "validation-gates", "level": 2}].';

/** Why a change to the agenda was not made: the limits the saved agenda must keep to open again. */
export const AGENDA_LIMIT_TEXT: Record<AgendaLimit, string> = {
	items: `An agenda holds at most ${MAX_ITEMS} items (modules, your own blocks and new days together), so this change was not made and your agenda is as it was. Remove some items first, or plan the rest as a second agenda.`,
	title: `A title can be at most ${MAX_TITLE} characters, so the title was not changed.`,
	'block-title': `A block's title needs 1 to ${MAX_TITLE} characters, so the block was not added.`,
	date: `The first day must be a date from ${DATE_RANGE.min} to ${DATE_RANGE.max}, so the date was not changed.`,
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

/** Wording for the agenda builder island and its store: labels, buttons, status lines and problems. */
export const AGENDA_TEXT = {
	newDay: 'New day',
	weakestTitle: 'Workshop for our weakest dimensions',
	objectives: 'Objectives:',
	// Status lines (announced politely and shown after "start from …").
	noSuchPath: (id: string) => `There is no learning path called “${id}”. Choose one from the list.`,
	noSuchModule: (id: string) => `There is no module called “${id}”. Choose one from the list.`,
	startedFromPath: (title: string) => `Started from the path “${title}”.`,
	startedBlank: 'Started a blank agenda.',
	broughtBack: 'Brought back the agenda you had before.',
	previousNotSaved: 'The browser refused to keep the agenda you had before, so it can be brought back only until this page is closed.',
	// The address asks for a path while another agenda is saved.
	replaceQuestion: (title: string) => `Replace your saved agenda with the path “${title}”?`,
	replaceExplain:
		'The link you followed starts from a learning path, but this browser already holds an agenda of yours that differs from it. Nothing changes until you choose.',
	keepMine: 'Keep my agenda',
	replaceWithPath: 'Replace it with the path',
	downloadMineFirst: 'Download my agenda first (Markdown)',
	keptAgenda: 'Kept your agenda; the path was not applied.',
	alreadyIn: (title: string) => `“${title}” is already in the agenda.`,
	added: (title: string) => `Added “${title}”.`,
	addedDay: 'Added a new day.',
	removed: (title: string) => `Removed “${title}”.`,
	moved: (title: string, position: number, count: number) => `Moved “${title}” to position ${position} of ${count}.`,
	storedReplaced: 'The agenda on screen is now saved in this browser.',
	saveFailed:
		'This browser refused to save the agenda (storage may be full or turned off). It stays on this page until you close it: download it as Markdown or a calendar file to keep it.',
	chosenForWeakest: (count: number, names: string) => `Chose ${count} modules for the weakest dimensions: ${names}.`,
	weakestName: (name: string | undefined, level: number) => `${name} (level ${level})`,
	downloadedMarkdown: 'Downloaded the agenda as Markdown.',
	downloadedIcs: 'Downloaded the agenda as a calendar file.',
	leftOutOfCalendar: (titles: string) =>
		`Downloaded the agenda as a calendar file, without the blocks that have no time yet (a calendar event needs a length): ${titles}. Give them minutes to include them.`,
	// Problems with what was entered.
	allAtTop: 'Every dimension is at level 5 already: there is no step up to plan for.',
	fileTooLarge: 'That file is larger than 1 MB; an assessment result is much smaller. Check you chose the right file.',
	resultsModelMissing:
		'The assessment questions could not be loaded, so the results cannot be checked. If you are offline and have not opened the assessment before, reconnect and try again.',
	minutesRange: (min: number, max: number) => `Enter a whole number of minutes from ${min} to ${max}.`,
	customTitleMissing: 'Give the block a title, for example “Welcome and introductions”.',
	customMinutesRange: (min: number, max: number) => `Minutes must be a whole number from ${min} to ${max}, or empty if not known yet.`,
	// The unreadable stored agenda.
	storedDetails: 'Details:',
	downloadStored: 'Download the saved data',
	replaceStored: 'Replace it with the agenda on screen',
	// Start from.
	startFrom: 'Start from',
	pathLabel: 'A learning path',
	usePath: 'Use this path',
	blankAgenda: 'Blank agenda',
	fromResults: "From a team's assessment results",
	resultsIntro: 'Paste the result file or share link from the assessment, or a list of levels such as',
	resultsIntroAfter: '. The three weakest dimensions choose the modules. Nothing leaves this browser.',
	resultsJson: 'Results JSON',
	resultsFile: 'Or load a results file',
	chooseFromResults: 'Choose modules from results',
	bringBack: 'Bring back the previous agenda',
	// Day and breaks.
	dayAndBreaks: 'Day and breaks',
	title: 'Title',
	date: 'Date of the first day',
	start: 'Start time',
	breakEvery: 'Longest stretch without a break (min)',
	breakMinutes: 'Break length (min)',
	lunch: 'Lunch break',
	lunchAt: 'Lunch around',
	lunchMinutes: 'Lunch length (min)',
	// Sessions.
	sessions: 'Sessions',
	noSessions: 'No sessions yet. Start from a path above, or add modules below.',
	reorderHelp: 'Reorder with the Move buttons, or press Alt+Up or Alt+Down on a row.',
	moduleMeta: (duration: string, order: number) => `${duration} · module ${order}`,
	noTimeYet: 'No time set yet',
	customMeta: (duration: string) => `${duration} · your own block`,
	dayMeta: 'The sessions below start on the next day',
	moveUp: 'Move up',
	moveUpLabel: (title: string) => `Move up: ${title}`,
	moveDown: 'Move down',
	moveDownLabel: (title: string) => `Move down: ${title}`,
	remove: 'Remove',
	removeLabel: (title: string) => `Remove: ${title}`,
	addModuleLabel: 'Add a module',
	chooseModule: 'Choose a module…',
	addModule: 'Add module',
	addDay: 'Add a new day',
	customLabel: 'Your own block',
	customMinutes: 'Minutes (optional)',
	addBlock: 'Add block',
	// Schedule.
	schedule: 'Schedule',
	dayPrefix: (n: number) => `Day ${n}: `,
	time: 'Time',
	session: 'Session',
	length: 'Length',
	total: 'Total:',
	totalsBreakdown: (teaching: string, exercise: string, breaks: string) =>
		` (${teaching} teaching, ${exercise} exercises and discussion, ${breaks} breaks)`,
	checkBefore: 'Check before the day',
	// Export.
	export: 'Export',
	downloadMarkdown: 'Download Markdown',
	downloadIcs: 'Download calendar (.ics)',
	print: 'Print',
} as const;
