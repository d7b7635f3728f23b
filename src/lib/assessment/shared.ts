/**
 * One person's assessment as it travels between browsers: in a share link, a result file, a
 * history snapshot or a team workshop. Answers, context and model version are the source of
 * truth; levels and the roadmap are always recomputed from them, never trusted from the input.
 */
import type { Answers, Context } from './model';
import type { MigrationReport } from './migrations';
import type { Plan } from './plan';
import type { Targets } from './roadmap';

export type SharedAssessment = {
	/** Always the current model version once decoded (older inputs are migrated first). */
	modelVersion: number;
	/** When the assessment was made (ISO date); share links keep the day only. */
	createdAt: string;
	context: Context;
	answers: Answers;
	targets: Partial<Targets>;
	/** Owners, due dates and statuses of roadmap steps: in result files, not in share links (names stay out of URLs). */
	plan?: Plan | undefined;
	/** The name or role the person put in their result file, if any; share links do not carry one. */
	respondent?: string;
};

/** A respondent's name or role fits a table header; longer is refused rather than cut. */
export const MAX_LABEL_LENGTH = 60;

/** A name or role as typed: surrounding spaces gone, inner runs of spaces (and control characters) one space. */
export const cleanLabel = (text: string): string => text.replace(/[\s\p{Cc}]+/gu, ' ').trim();

/** Why an input could not be read. Each has a sentence in messages.ts (INPUT_PROBLEM_TEXT). */
export type InputProblem =
	| 'empty'
	| 'not-ours'
	| 'malformed'
	| 'truncated'
	| 'tampered'
	| 'too-large'
	| 'unknown-format'
	| 'newer-model'
	| 'older-model-unmapped'
	| 'invalid-answers';

/** `migration`: present when the input was made with an older model and carried over (see migrations.ts). */
export type Decoded<T> =
	{ ok: true; value: T; migratedFrom?: number; migration?: MigrationReport } | { ok: false; problem: InputProblem; detail: string };

export const fail = (problem: InputProblem, detail: string): { ok: false; problem: InputProblem; detail: string } => ({
	ok: false,
	problem,
	detail,
});
