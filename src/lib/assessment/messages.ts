/** Wording for the assessment's states and problems: one place, so code never carries UI text. */
import { kilobytes, MAX_FILE_CHARS } from './json-text';
import { MAX_SNAPSHOTS } from './limits';
import type { BackupOf, BackupReason, BackupsProblem } from './backups';
import type { MigrationReport } from './migrations';
import { levelName } from './model';
import type { LoadProblem } from './saved';
import type { InputProblem } from './shared';

export const LOAD_PROBLEM_TEXT: Record<LoadProblem, string> = {
	corrupt: 'Your saved assessment could not be read: the data in this browser is damaged.',
	'unknown-format': 'Your saved assessment was written by a newer or older version of this site that this page does not understand.',
	'other-model-version':
		'Your saved assessment was made with a different version of the assessment questions, and there is no known way to carry the answers over.',
	'invalid-answers': 'Your saved assessment refers to questions or answers this version of the assessment does not have.',
};

export const KEPT_TEXT =
	'Nothing has been deleted. You can download the saved data as it is, then start a new assessment; starting over first sets it aside in your backups in this browser.';

export const PHASE_TEXT = {
	now: {
		title: 'Now: the next 30 days',
		short: 'Now',
		why: 'The lowest gaps and what everything else needs first, as much as fits in a month beside other work.',
	},
	next: { title: 'Next: within 90 days', short: 'Next', why: 'What builds on the first steps, and larger pieces of work that take weeks.' },
	later: {
		title: 'Later: after 90 days',
		short: 'Later',
		why: 'The rest of the way to your targets; plan it once the earlier steps are done.',
	},
} as const;

export const RESULTS_TEXT = {
	loading: 'Loading your results…',
	empty: 'There are no answers in this browser yet, so there is nothing to show.',
	start: 'Start the assessment',
	download: 'Download JSON',
	respondentLabel: 'Your name or role in the JSON (optional, for a team workshop)',
	print: 'Print or save as PDF',
	change: 'Change answers',
	assessedOn: (date: string) => `Assessed on ${date}.`,
	overall: (level: number, name: string) => `Overall level ${level}: ${name}`,
	howScoring: 'How scoring works',
	currentLevel: 'Current level',
	target: 'Target',
	levelsCaption: 'Levels by dimension',
	columns: ['Dimension', 'Level', 'Score: what it means', 'Unknowns', 'Target'],
	atCeiling: 'At its ceiling',
	targetFor: (dimension: string) => `Target for ${dimension}`,
	stayAt: (level: number) => `Stay at ${level}`,
	why: 'Why each level',
	dimensionLevel: (level: number, name: string) => `level ${level} ${name}`,
	notApplicable: 'not applicable',
	ceiling: (level: number) =>
		`With the kinds of AI use you chose, this dimension goes up to level ${level}: the practices above it are about uses you do not have.`,
	inPlace: 'In place',
	whyNot: (level: number) => `Why not level ${level}`,
	unknowns: (n: number) => `${n} answer${n === 1 ? ' was' : 's were'} “Don’t know”: counted as not in place. Finding out is a quick win.`,
	learnMore: (dimension: string) => `Learn more about ${dimension.toLowerCase()}`,
	roadmap: 'Your roadmap',
	roadmapIntro: (n: number) =>
		`${n} step${n === 1 ? '' : 's'} to reach the targets, in the framework’s order: consolidate, observe, customize, automate.`,
	roadmapFollows: 'Change a target above and the roadmap follows.',
	stepLevel: (level: number) => `Level ${level}`,
	whyItMatters: 'Why it matters',
	doneWhen: 'Done when',
	tools: 'Tools to consider',
	resources: 'Templates and workshop modules',
	resourceKind: { template: 'template', module: 'workshop module' },
	howTo: (dimension: string) => `How to do it: ${dimension.toLowerCase()} in the docs`,
	levelMeans: (n: number, name: string) => `Level ${n}, ${name}, means:`,
	aboutLevel: (name: string) => `What ${name} looks like`,
	heldBy: (n: number) => (n === 1 ? 'It is held by your weakest dimension:' : 'It is held by your weakest dimensions:'),
	weakestLink: 'A strong area never hides a weak one.',
	allAtCeiling: 'Every dimension has reached the highest level asked about for the kinds of AI use you chose.',
	metBy: (stronger: string) => `(met by a stronger practice: ${stronger})`,
	blockersIntro: (next: number) => `With these fully in place, the score reaches level ${next}:`,
	neededFor: (others: string[]) => `Needed first for: ${others.join('; ')}`,
	after: 'Do after',
	findOut: 'Find out, then act:',
	printedHeader: (date: string, scale: string, audience: string, scopes: string, version: number) =>
		`Printed ${date}. Scale: ${scale}. Who: ${audience}. Kinds of AI use: ${scopes}. Assessment model version ${version}.`,
} as const;

/** The plan on each roadmap step: owner, due date, status (plan.ts). */
export const PLAN_TEXT = {
	owner: 'Owner',
	ownerHint: 'A name or a role',
	due: 'Due',
	proposed: 'proposed from the phase',
	status: 'Status',
	statuses: { todo: 'To do', doing: 'Doing', done: 'Done' },
	progress: (done: number, doing: number, total: number) =>
		`${done} of ${total} step${total === 1 ? '' : 's'} done${doing ? `, ${doing} under way` : ''}.`,
	keptHere: 'Owners, due dates and statuses are kept in this browser with your answers, and go into the downloads below.',
	notInLink: 'The share link carries answers and targets only; owners and due dates travel in the JSON download.',
	invalidDue: 'Pick a date between 2020 and 2100.',
} as const;

/** The reassessment reminder (.ics) and the tracker exports on the results page. */
export const REMINDER_TEXT = {
	summary: 'Reassess our AI operations (AgentOps assessment)',
	description: (url: string) => `Take the AgentOps assessment again and compare it with the last one in your history: ${url}`,
	label: 'Remind me to reassess on',
	download: 'Download reminder (.ics)',
	hint: 'A calendar event for the day you pick, with an alert the day before. Nothing is scheduled by this site.',
	invalid: 'Pick a date between 2020 and 2100.',
} as const;

export const TRACKER_TEXT = {
	heading: 'Run the roadmap in your tracker',
	checklist: 'Download Markdown checklist',
	gitlab: 'Download GitLab issues CSV',
	github: 'Download GitHub issues (JSON Lines)',
	howTo: 'How to import them',
	doneLeftOut: 'Steps marked done are left out of the two issue files.',
	gitlabHow: 'GitLab: in the project, Issues → Import CSV, and pick the file (columns title, description, due_date).',
	githubHow: 'GitHub, with the GitHub CLI, from a clone of the repository:',
	githubCommand:
		"while IFS= read -r issue; do printf '%s\\n' \"$issue\" | gh api 'repos/{owner}/{repo}/issues' --input -; done < agentops-roadmap-github.jsonl",
	tryFirst:
		'Try it on a test project first: GitLab’s documentation warns that a large import cannot be undone without its API, and the GitHub loop creates one real issue per line.',
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
	tools: 'Tool-using agents (an AI that acts for you: runs commands, edits files, sends messages, uses other apps)',
	'multi-agent': 'Multi-agent systems (several agents handing work to each other)',
} as const;

export const SCALE_TEXT = {
	personal: 'Personal: just me',
	household: 'Household: a family or a few people sharing a home',
	team: 'Team: 5–50 people',
	organization: 'Organization: 50–500+ people',
	institutional: 'Institutional: 500+, mission-critical',
} as const;

export const AUDIENCE_TEXT = {
	creators: 'Creator: writing, media, content',
	families: 'Family or household',
	enterprises: 'Enterprise or institution: business functions, public bodies',
	'platform-teams': 'Software or platform team running agents',
} as const;

/** Wording for the assessment wizard: resuming, step progress, the context step, navigation and the review. */
export const WIZARD_TEXT = {
	loading: 'Loading your saved progress…',
	welcomeBack: 'Welcome back',
	/** `savedAt` is null when the stored time cannot be read (it once printed "last saved Invalid Date"). */
	resumeOffer: (answered: number, savedAt: string | null) =>
		`You have an assessment in progress in this browser: ${answered} answer${answered === 1 ? '' : 's'}` +
		(savedAt ? `, last saved ${savedAt}.` : '; when it was last saved could not be read.'),
	resume: 'Resume where I left off',
	startOver: 'Start over',
	startOverHint: 'Starting over first sets the old answers aside in your backups in this browser, where you can restore them.',
	contextTitle: 'About you',
	reviewTitle: 'Review before results',
	step: (n: number, total: number) => `Step ${n} of ${total}`,
	questionsAnswered: (answered: number, total: number) => `· ${answered} of ${total} questions answered`,
	contextIntro: 'Three questions first, so the assessment only asks what applies to you and the roadmap speaks your language.',
	contextMissing: 'Choose a scale, what describes you best, and at least one kind of AI use before going on.',
	readDocs: 'Read the docs for this dimension',
	saveFailed: 'This browser refused to save your answers (storage may be full or turned off). They are kept while this page stays open.',
	back: 'Back',
	seeResults: 'See results',
	next: 'Next',
	allAnswered: 'Every question is answered. Your results are ready.',
	unanswered: (count: number) =>
		`${count} question${count === 1 ? ' is' : 's are'} still unanswered. Unanswered questions count as not in place, so answer them, or choose “Don’t know” to record the gap honestly.`,
	answerDimension: (dimension: string) => `Answer ${dimension} questions`,
	// Detail of the problem shown when older saved progress cannot be backed up before migrating.
	backupFailed: 'the older progress could not be kept aside before carrying it over',
} as const;

export const QUICK_TEXT = {
	audience: 'Which describes you best? The questions are worded for it.',
	restored: 'Your earlier quick check answers are back, as you left them in this browser.',
	restart: 'Start the quick check again',
	unreadable: (detail: string) =>
		`The quick check saved in this browser could not be read (${detail}). It is kept as it is; your answers here are not saved until you start again.`,
	saveFailed:
		'This browser refused to save your quick check answers (storage may be full or turned off). They are kept while this page stays open.',
	offer: (n: number) =>
		`Start from my quick check (${n} dimension${n === 1 ? '' : 's'}): answers up to the level I chose there are filled in as in place, and I check each one.`,
	prefilled: (level: number) =>
		`Filled in from your quick check, where you chose level ${level}: the practices up to it are marked as in place. Check each answer and change any that is not true; the rest are unanswered.`,
	formLabel: 'Quick check questions',
	questionCount: (n: number, total: number, dimension: string) => `${n} of ${total} · ${dimension}`,
	estimateHeading: 'Your estimate',
	answered: (n: number, total: number) => `${n} of ${total} answered.`,
	overall: (level: number, name: string) => `Estimated overall level ${level}: ${name}`,
	answerAll: 'Answer every question for an overall estimate.',
	limitedBy: (names: string[]) =>
		`The overall level is your weakest dimension${names.length > 1 ? 's' : ''}: ${names.join(', ')}. A strong area cannot make up for a weak one.`,
	tableCaption: 'Estimated level by dimension',
	dimension: 'Dimension',
	estimate: 'Estimate',
	notAnswered: 'Not answered',
	countedAsOne: '(counted as level 1)',
	onlyEstimate:
		'This is an estimate from one question per dimension. The full assessment asks about concrete practices, explains every level, and builds your roadmap.',
	fullAssessment: 'Take the full assessment',
} as const;

/** Wording for the context questions asked before the assessment: scale, audience and kinds of AI use. */
export const CONTEXT_TEXT = {
	scale: 'At what scale do you use AI?',
	audience: 'Which describes you best?',
	scopes: 'What kinds of AI use should the assessment cover? Choose all that apply.',
	scopesHint: 'Questions about kinds you do not use are left out and never count against you.',
} as const;

export const MODEL_LOAD_TEXT = {
	loading: 'Loading the assessment questions…',
	failed:
		'The assessment questions could not be loaded. If you are offline and have not opened the assessment before, reconnect and reload the page. Nothing saved in this browser has been changed.',
} as const;

export const DONT_KNOW = "Don't know";
export const NOT_APPLICABLE = 'Not applicable';
export const EVIDENCE_SUMMARY = 'What counts as evidence';
/** Before a practice's notApplicableWhen sentence, in its help. */
export const NOT_APPLICABLE_WHEN = '“Not applicable” fits:';

/** What a score means beside its level: "3.40: level 3 reached, 40% of the way to level 4". */
export const scoreMeaning = (r: { level: number; score: number; ceiling: number }) =>
	r.level >= r.ceiling
		? `${r.score.toFixed(2)}: the highest level asked about in your context`
		: `${r.score.toFixed(2)}: level ${r.level} reached, ${Math.round((r.score - r.level) * 100)}% of the way to level ${r.level + 1}`;

/** "Level 3 Systematic". */
export const levelLabel = (level: number) => `Level ${level} ${levelName(level)}`;
/** A dimension's level in a table: its label, or "Not applicable" when no practice of it applies. */
export const dimensionLevelText = (r: { applicable: boolean; level: number }) => (r.applicable ? levelLabel(r.level) : NOT_APPLICABLE);
/** A dimension's continuous score (1.00–5.00) in a table, or a dash when it does not apply. */
export const dimensionScoreText = (r: { applicable: boolean; score: number }) => (r.applicable ? r.score.toFixed(2) : '–');

/* ---- Share links, files, history and team workshops ---- */

/** One sentence per reason an input (link, file, stored history) cannot be read. */
export const INPUT_PROBLEM_TEXT: Record<InputProblem, string> = {
	empty: 'There is nothing to read: the link or file is empty.',
	'not-ours': 'This is not an AgentOps assessment result: it has none of the parts a result link or result file has.',
	malformed: 'This looks like an AgentOps result but parts of it are not valid, so it cannot be read.',
	truncated: 'This result is incomplete: the link or file was cut off, perhaps when it was copied. Copy the whole of it and try again.',
	tampered: 'This result was changed after it was made (its check value or its levels no longer match its answers), so it is not shown.',
	'too-large': 'This is far larger than any assessment result, so it was not read.',
	'unknown-format':
		'This is written in a format this version of the site does not read: either it is not an AgentOps result, or a newer version of the site made it.',
	'newer-model':
		'This result was made with a newer version of the assessment questions than this site has, so its answers cannot be read here.',
	'older-model-unmapped':
		'This result was made with an older version of the assessment questions, and there is no known way to carry its answers over to the current questions.',
	'invalid-answers': 'This result refers to questions or answers the assessment does not have, so it cannot be read.',
};

/** The same reasons for data this site stored itself (history, a team session in this tab): no
 *  link or file was involved, so the words for a badly copied link would mislead. */
export const STORED_PROBLEM_TEXT: Record<InputProblem, string> = {
	empty: 'The stored data is empty.',
	'not-ours': 'The stored data is not in a form this site writes; another page or extension may have changed it.',
	malformed: 'Parts of the stored data are not valid, so it cannot be read.',
	truncated: 'The stored data ends too early: it was damaged, perhaps by a save that did not finish.',
	tampered: 'The stored data was changed after it was saved (its levels no longer match its answers).',
	'too-large': 'The stored data is larger than this site ever writes, so it was not read.',
	'unknown-format':
		'The stored data is in a format this version of the site does not read; a newer version of the site may have written it.',
	'newer-model': 'The stored data was made with a newer version of the assessment questions than this site has.',
	'older-model-unmapped': 'The stored data was made with an older version of the assessment questions that cannot be carried over.',
	'invalid-answers': 'The stored data refers to questions or answers the assessment does not have.',
};
export const TECHNICAL_DETAIL = (detail: string) => `Technical detail: ${detail}.`;

export const UNCHANGED_TEXT = 'Nothing you already had in this browser has been changed.';
export const MIGRATED_TEXT = (m: MigrationReport, to: number) =>
	`Made with version ${m.from} of the assessment questions and carried over to version ${to}: ${m.carried} answer${m.carried === 1 ? '' : 's'} carried over` +
	(m.dropped ? `, ${m.dropped} no longer asked` : '') +
	`. The other questions are new or changed and are unanswered until you answer them; unanswered questions count as not in place.`;

/** What "full" means for the history, in the words of both of its limits. */
const HISTORY_LIMITS = `at most ${MAX_SNAPSHOTS} assessments and ${kilobytes(MAX_FILE_CHARS)} in all`;

export const SHARE_TEXT = {
	heading: 'Share and export',
	intro:
		'The share link holds your results in the part after “#”, which browsers never send to a server. Anyone with the link can see these results, so share it only with people you choose.',
	copy: 'Copy share link',
	copied: 'Share link copied.',
	copyFailed: 'Copying was blocked by the browser: select the link above and copy it yourself.',
	linkLabel: 'Share link',
	length: (n: number) => `${n} characters`,
	markdown: 'Download Markdown report',
	csv: 'Download roadmap CSV',
	openFile: 'Open a result file',
	history: 'Your history',
	team: 'Team workshop',
	format: 'About the file formats',
	savedToHistory: 'These results are saved in your history in this browser.',
	saveToHistory: 'Save to history',
	incomplete: 'Some questions are unanswered, so these results were not added to your history automatically.',
	historyBlocked: 'Your history in this browser could not be read, so nothing was added to it. Open your history to see why.',
	historyFull: `Your history is full (${HISTORY_LIMITS}), so these results were not added to it. Delete older ones in your history, or download the result file to keep these.`,
	historySaveFailed:
		'These results could not be saved to your history: the browser’s storage is full or blocked. Download the result file to keep them, or free some space and try again.',
	retrySave: 'Try again',
} as const;

export const SHARED_VIEW_TEXT = {
	readOnly: 'You are looking at shared results, read-only. Your own saved progress is not affected.',
	fromLink: 'Opened from a share link',
	fromFile: (name: string) => `Opened from the file ${name}`,
	keep: 'Keep as my own',
	keepIntro: 'Keeping these results makes them your saved assessment in this browser, so you can change answers and targets.',
	/** `answered` is null when the saved progress could not be read, so its answers cannot be counted. */
	confirmReplace: (answered: number | null) =>
		(answered === null
			? 'You already have saved progress here that this page could not read.'
			: `You already have an assessment in progress here (${answered} answer${answered === 1 ? '' : 's'}).`) +
		' Replace it? It is first set aside in your backups in this browser, where you can restore it.',
	replace: 'Replace my saved progress',
	cancel: 'Cancel',
	kept: 'These results are now your saved assessment.',
	addHistory: 'Add to my history',
	addedHistory: 'Added to your history.',
	alreadyHistory: 'These results are already in your history.',
	nothing: 'Open a share link, or choose a result file below, to see shared results here.',
	problemHeading: 'These results could not be opened',
	fileLabel: 'Result file (JSON)',
} as const;

export const HISTORY_TEXT = {
	loading: 'Loading your history…',
	empty: 'No assessments in your history yet. Each time you complete the assessment, it is kept here with its date.',
	/** Date and local time, so two runs on one day are told apart ("Assessment of 2026-12-02, 14:05"). */
	defaultName: (iso: string) => {
		const d = new Date(iso);
		if (Number.isNaN(d.getTime())) return `Assessment of ${iso.slice(0, 10)}`;
		const pad = (n: number) => String(n).padStart(2, '0');
		return `Assessment of ${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
	},
	rename: 'Rename',
	save: 'Save name',
	cancel: 'Cancel',
	nameLabel: (name: string) => `New name for ${name}`,
	remove: 'Delete',
	confirmRemove: (name: string) => `Delete “${name}” from your history? This cannot be undone.`,
	confirm: 'Delete it',
	exportAll: 'Export all (JSON)',
	import: 'Import history or result files',
	imported: (added: number, skipped: number) =>
		`${added} assessment${added === 1 ? '' : 's'} added${skipped ? `, ${skipped} already here` : ''}.`,
	full: `Your history is full (${HISTORY_LIMITS}): delete some before adding more. Nothing was dropped to make room.`,
	unusable: 'Cannot be shown with the current questions',
	problemHeading: 'We could not read your history',
	startNew: 'Start a new history',
	downloadRaw: 'Download the stored history',
	kept: 'Nothing has been deleted. Download the stored history as it is; starting a new one first sets it aside in your backups in this browser.',
	compareHeading: 'Compare two assessments',
	earlier: 'Earlier assessment',
	later: 'Later assessment',
	needTwo: 'Complete the assessment at least twice (for example every quarter) to compare results here.',
	saveFailed: 'This browser refused to save your history (storage may be full or turned off).',
	overall: (level: number, name: string) => `Overall level ${level} ${name}`,
	historyUnreadable: 'the history in this browser could not be read',
} as const;

/** The backups list (/assessment/backups/) and what replacing saved data says where the person acted. */
export const BACKUPS_TEXT = {
	link: 'Your backups',
	loading: 'Reading your backups…',
	empty:
		'No backups yet. Each time you start over, keep shared results as your own or start a new history, what was saved before is set aside here first, with the date.',
	listLabel: 'Backups, newest first',
	kind: { progress: 'Saved progress', history: 'History' } satisfies Record<BackupOf, string>,
	reason: {
		'start-over': 'Set aside by “Start over”.',
		'keep-as-own': 'Replaced by “Keep as my own”.',
		'new-history': 'Set aside by “Start a new history”.',
		restore: 'Replaced when an earlier backup was restored.',
		'carried-over': 'Saved with an earlier version of the questions, kept as it was before its answers were carried over.',
		'single-slot': 'The one backup copy kept before this list existed, set aside on or before this date.',
	} satisfies Record<BackupReason, string>,
	/** A backup's heading: "Saved progress, 04/12/2026, 18:09:01". */
	heading: (kind: string) => `${kind}, `,
	answers: (n: number) => `${n} answer${n === 1 ? '' : 's'}`,
	noContext: 'no context chosen yet',
	snapshots: (n: number) => `${n} assessment${n === 1 ? '' : 's'}`,
	unreadable: (detail: string) => `Unreadable (${detail}): it can be downloaded as it is, not restored.`,
	download: 'Download',
	downloadLabel: (kind: string, date: string) => `Download the ${kind.toLowerCase()} set aside ${date}`,
	restore: 'Restore',
	restoreLabel: (kind: string, date: string) => `Restore the ${kind.toLowerCase()} set aside ${date}`,
	confirmRestore: {
		progress:
			'Restore this saved progress? What is saved now is first set aside here as a backup, so nothing is lost, and then this takes its place.',
		history:
			'Restore this history? The history kept now is first set aside here as a backup, so nothing is lost, and then this takes its place.',
	} satisfies Record<BackupOf, string>,
	confirm: 'Restore it',
	cancel: 'Cancel',
	restored: { progress: 'Restored: this is your saved progress again.', history: 'Restored: this is your history again.' } satisfies Record<
		BackupOf,
		string
	>,
	openRestored: { progress: 'Open the assessment', history: 'Open your history' } satisfies Record<BackupOf, string>,
	full: (max: number, n: number) =>
		`Your backups list is full (${max} backups, or as much as it may hold in this browser). To go on, the oldest ${n === 1 ? 'backup' : `${n} backups`} must be dropped: download ${n === 1 ? 'it' : 'them'} first if you may need ${n === 1 ? 'it' : 'them'}. Nothing has changed yet.`,
	fullItem: (kind: string, date: string) => `${kind}, set aside ${date}`,
	downloadOldest: (n: number) => (n === 1 ? 'Download the oldest backup' : `Download the oldest ${n} backups`),
	dropAndGoOn: 'Drop it and go on',
	tooLarge:
		'What would be replaced is too large to keep as a backup in this browser, so nothing was replaced. Download it first; it stays as it is.',
	unreadableList:
		'Your backups list could not be read, so nothing was replaced: the old data would have nowhere safe to go. Your backups page says why.',
	saveFailed:
		'This browser refused to save (storage may be full or turned off), so nothing was replaced: your saved data and your backups are as they were. Free some space, or download what you need.',
	gone: 'That backup is no longer in the list (another tab may have changed it). The list is shown again.',
	notRestorable: (detail: string) => `This backup cannot be restored, because it cannot be read (${detail}). Download it to keep it.`,
	problemHeading: 'We could not read your backups',
	problem: {
		'not-json': 'The backups list stored in this browser is damaged: it is not readable data.',
		'unknown-format': 'The backups list was written by a newer or older version of this site that this page does not understand.',
		malformed: 'The backups list stored in this browser is damaged: parts of it are not valid.',
		'too-large': 'The backups list stored in this browser is larger than this site ever writes, so it was not read.',
	} satisfies Record<BackupsProblem, string>,
	kept: 'Nothing has been deleted or written over. Download the stored list as it is. Until it is replaced, anything that would need a backup (start over, keep as my own, start a new history, restore) is refused, so nothing is lost.',
	downloadRaw: 'Download the stored backups list',
	startNew: 'Start a new backups list',
	confirmStartNew: 'This removes the unreadable list from this browser and starts an empty one. Download it first if you may need it.',
	confirmStartNewButton: 'Remove it and start a new list',
	technical: (detail: string) => `Technical detail: ${detail}.`,
} as const;
