/** The evidence page's wording, in one place (its own module, so other pages do not load it). */
import { MAX_TEXT_BYTES } from './skip';
import type { PracticeEvidenceStatus } from './practices';
import { MAX_ZIP_BYTES } from './zip-limits';

const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;

export const EVIDENCE_TEXT = {
	pickTitle: 'Choose what to check',
	chooseFolder: 'Choose a folder',
	chooseZip: 'Choose a .zip file',
	dropHint: 'Or drop a folder or a .zip file on this box.',
	readHere: 'Everything is read here, in this browser: nothing is uploaded or sent anywhere.',
	skipRules: `Folders of installed or generated code (node_modules, .git, dist and the like) are skipped, and binaries and files over ${kb(MAX_TEXT_BYTES)} are checked by their name only.`,
	listing: 'Listing the files…',
	progress: (done: number, total: number) => `Checked ${done.toLocaleString('en')} of ${n(total, 'file')}…`,
	progressLabel: 'Files checked',
	cancel: 'Cancel',
	cancelled: (done: number, total: number) => `Stopped after ${done.toLocaleString('en')} of ${n(total, 'file')}. Nothing was changed.`,
	empty: 'There are no files to check in what you chose.',
	zipTooLarge: (size: number) =>
		`This .zip is ${mb(size)}; at most ${mb(MAX_ZIP_BYTES)} can be opened here. Unpack it and choose the folder instead.`,
	zipUnreadable: 'This file could not be read as a .zip (it may be damaged, encrypted or not a .zip). Nothing was changed.',
	failed: 'The check could not run in this browser. Nothing was changed.',
	summary: (name: string, total: number, byName: number) =>
		`${name}: ${n(total, 'file')} checked${byName > 0 ? `, ${n(byName, 'file')} of them by name only (binary or over ${kb(MAX_TEXT_BYTES)})` : ''}.`,
	ignored: (count: number) => `${n(count, 'file')} in skipped folders (node_modules, .git and the like) left alone.`,
	unreadable: (paths: readonly string[]) =>
		`${n(paths.length, 'file')} could not be read and ${paths.length === 1 ? 'was' : 'were'} checked by name only: ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? '…' : ''}`,
	again: 'Check another folder',
	resultsTitle: 'What the files show',
	contextFirst: 'Say who the assessment is for first: the proposals follow the questions you are asked.',
	contextConfirm: 'Show the proposals',
	proposalsTitle: 'Proposed answers',
	proposalsIntro:
		'Each proposal raises an answer to the option that means “in place” on its scale, never the top one: a file shows that a control exists, not how far it reaches. Nothing changes until you choose.',
	noProposals: 'No answer to propose: your answers already match what the files show, or go beyond it.',
	useAll: (count: number) => `Use all ${n(count, 'proposed answer')}`,
	useOne: (label: string) => `Use “${label}”`,
	current: (label: string | null) => (label ? `Your answer: ${label}` : 'Not answered yet'),
	proposed: (label: string) => `Proposed: ${label}`,
	capped: 'Held at the lowest step: a file shows evidence against this practice.',
	inAssessment: (label: string) => `In your assessment: ${label}`,
	saved: (count: number) => `Saved ${n(count, 'answer')} in your assessment.`,
	supportedBy: 'Shown by',
	levelsTitle: 'Your answers and the evidence',
	levelsIntro:
		'Per dimension, the level (and score) your answers give and the level the files alone support, by the same scoring. Most practices are habits or decisions no file shows, so the evidence alone is usually lower.',
	dimension: 'Dimension',
	byAnswers: 'Your answers',
	byEvidence: 'The evidence alone',
	/** A level and its score, as the comparison of two results shows them. */
	levelCell: (level: string, score: string) => `${level} (${score})`,
	practicesTitle: 'Evidence per practice',
	status: {
		found: 'Evidence found',
		'claimed-without-evidence': 'Claimed without evidence',
		'not-found': 'No evidence found',
		'not-expected': 'No evidence expected from files',
	} satisfies Record<PracticeEvidenceStatus, string>,
	statusHint: {
		found: '',
		'claimed-without-evidence':
			'You answered that this is in place, but no file checked shows it. That is fine when it lives elsewhere (another repository, a setting in a web console); otherwise look at the answer again.',
		'not-found': '',
		'not-expected': 'Habits, people and reviews: answer these in the assessment.',
	} satisfies Record<PracticeEvidenceStatus, string>,
	at: (path: string, line: number) => `${path}:${line}`,
	notExpectedCount: (count: number) => `${n(count, 'practice')}: no evidence expected from files`,
	against: 'Evidence against',
	toAssessment: 'Go to the assessment',
	toResults: 'See your results',
};
