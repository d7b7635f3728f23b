/**
 * Reading a team session back, from this tab's sessionStorage or from a team file (the format is
 * in team-session.ts). Holds zod, so the team view loads it only when there is something to read
 * (lib/assessment/readers.ts). Each respondent is checked like a result file: answers migrated
 * to the current model and checked against it; one bad respondent refuses the whole session, so
 * nobody is dropped without a word.
 */
import '../zod-csp';
import * as z from 'zod/mini';
import { formatOf, parseJsonText } from './json-text';
import { migrateAnswers, PAST_MODELS, type PastModel } from './migrations';
import { answerProblems, type Model } from './model';
import { answerSchema, contextSchema } from './saved-reader';
import { fail, type Decoded } from './shared';
import { cleanLabel, labelProblem, MAX_LABEL_LENGTH, MAX_RESPONDENTS, type Respondent } from './team';
import { TEAM_FORMAT } from './team-session';

const date = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'));

const respondentSchema = z.object({
	label: z.string().check(z.minLength(1), z.maxLength(MAX_LABEL_LENGTH)),
	precise: z.boolean(),
	modelVersion: z.int().check(z.minimum(1)),
	createdAt: date,
	context: contextSchema,
	answers: z.record(z.string(), answerSchema),
	targets: z.record(z.string(), z.int().check(z.minimum(1), z.maximum(5))),
});

export const teamSessionSchema = z.object({
	format: z.literal(TEAM_FORMAT),
	formatVersion: z.literal(1),
	savedAt: date,
	anonymous: z.boolean(),
	respondents: z.array(respondentSchema).check(z.maxLength(MAX_RESPONDENTS)),
});

export type ReadTeam = { anonymous: boolean; respondents: Omit<Respondent, 'id'>[] };

export function decodeTeamJson(json: unknown, model: Model, past: PastModel[] = PAST_MODELS): Decoded<ReadTeam> {
	const format = formatOf(json);
	if (format !== TEAM_FORMAT)
		return fail('not-ours', typeof format === 'string' ? `a file of format "${format.slice(0, 60)}"` : 'not a team session file');
	const formatVersion = (json as { formatVersion?: unknown }).formatVersion;
	if (formatVersion !== 1) return fail('unknown-format', `format version ${String(formatVersion).slice(0, 20)}`);
	const parsed = teamSessionSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const tooMany = issue.code === 'too_big' && issue.path.length === 1;
		return fail(
			tooMany ? 'too-large' : 'malformed',
			tooMany ? `more than ${MAX_RESPONDENTS} respondents` : `${issue.path.join('.')}: ${issue.message}`,
		);
	}
	const respondents: ReadTeam['respondents'] = [];
	for (const [i, r] of parsed.data.respondents.entries()) {
		const label = cleanLabel(r.label);
		const problem = labelProblem(
			label,
			respondents.map((x) => x.label),
		);
		if (problem) return fail('malformed', `respondent ${i + 1}: label ${problem === 'taken' ? 'appears twice' : 'is not valid'}`);
		const migrated = migrateAnswers(r.modelVersion, r.answers, model, past);
		if ('problem' in migrated) return fail(migrated.problem, `respondent ${i + 1}: ${migrated.detail}`);
		const problems = answerProblems(model, migrated.answers);
		if (problems.length) return fail('invalid-answers', `respondent ${i + 1}: ${problems.slice(0, 3).join('; ')}`);
		respondents.push({
			label,
			precise: r.precise,
			assessment: {
				modelVersion: model.meta.version,
				createdAt: r.createdAt,
				context: r.context,
				answers: migrated.answers,
				targets: r.targets,
			},
		});
	}
	return { ok: true, value: { anonymous: parsed.data.anonymous, respondents } };
}

export function decodeTeamSession(text: string, model: Model, past: PastModel[] = PAST_MODELS): Decoded<ReadTeam> {
	const json = parseJsonText(text);
	return json.ok ? decodeTeamJson(json.value, model, past) : json;
}
