/**
 * The team session: who was added to the team view, under which label, kept in this tab's
 * sessionStorage so a reload does not lose it, and downloadable as a team file to open again
 * later. Format "agentops-team-session", formatVersion 1:
 *
 *   { format, formatVersion: 1, savedAt (ISO date), anonymous (labels hidden),
 *     respondents: [{ label (1–60 characters), precise (createdAt has the full time),
 *                     modelVersion, createdAt, context, answers, targets }] (at most 100) }
 *
 * Each respondent is the same SharedAssessment a result file or share link gives; the reader
 * (team-reader.ts, with zod) checks and migrates each one as it would a result file.
 */
import type { Respondent } from './team';

export const TEAM_FORMAT = 'agentops-team-session';
/** The sessionStorage key: this tab only, never localStorage (these are other people's results). */
export const TEAM_KEY = 'agentops:team';

export type TeamSessionRespondent = { label: string; precise: boolean } & Respondent['assessment'];
export type TeamSession = {
	format: typeof TEAM_FORMAT;
	formatVersion: 1;
	savedAt: string;
	anonymous: boolean;
	respondents: TeamSessionRespondent[];
};

export function buildTeamSession(respondents: Respondent[], anonymous: boolean, now: Date = new Date()): TeamSession {
	return {
		format: TEAM_FORMAT,
		formatVersion: 1,
		savedAt: now.toISOString(),
		anonymous,
		respondents: respondents.map(({ label, precise, assessment }) => ({ label, precise: precise === true, ...assessment })),
	};
}
