/**
 * A result file on disk read the way the site reads an imported one (decodeResultFile): the same
 * checks, the same problem ids and the same sentences (INPUT_PROBLEM_TEXT), so a file the results
 * page refuses is refused here too, for the same reason. Only the exit code is the command line's.
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_CHARS } from '../lib/assessment/json-text';
import { INPUT_PROBLEM_TEXT } from '../lib/assessment/messages';
import type { Model } from '../lib/assessment/model';
import { decodeResultFile } from '../lib/assessment/readers';
import { fail, type Decoded, type InputProblem, type SharedAssessment } from '../lib/assessment/shared';
import { cliMessages as m } from './messages';

/** Exit codes of every command; the README and `--help` list them. */
export const EXIT = { ok: 0, error: 1, usage: 2, input: 3, unreadable: 4, tampered: 5, model: 6, below: 7 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Which exit code a refused file gets: edited levels and a model this clone cannot read are told apart from the rest. */
export const problemExit = (p: InputProblem): ExitCode =>
	p === 'tampered' ? EXIT.tampered : p === 'newer-model' || p === 'older-model-unmapped' ? EXIT.model : EXIT.unreadable;

export type ReadResult = { ok: true; value: SharedAssessment; migratedFrom?: number } | { ok: false; code: ExitCode; message: string };

export function readResult(path: string, model: Model): ReadResult {
	const stat = statSync(path, { throwIfNoEntry: false });
	if (!stat) return { ok: false, code: EXIT.input, message: m.noFile(path) };
	if (!stat.isFile()) return { ok: false, code: EXIT.input, message: m.notFile(path) };
	// A byte is at most one character: a file this much larger than any result is refused unread.
	const decoded: Decoded<SharedAssessment> =
		stat.size > 4 * MAX_FILE_CHARS ? fail('too-large', `${stat.size} bytes`) : decodeResultFile(readFileSync(path, 'utf8'), model);
	if (!decoded.ok)
		return {
			ok: false,
			code: problemExit(decoded.problem),
			message: m.refused(path, INPUT_PROBLEM_TEXT[decoded.problem], decoded.problem, decoded.detail),
		};
	return { ok: true, value: decoded.value, ...(decoded.migratedFrom ? { migratedFrom: decoded.migratedFrom } : {}) };
}
