/** The command line's wording, in one place. */
import type { PracticeEvidenceStatus } from '../lib/evidence/practices';

export const cliMessages = {
	usage: `Usage: agentops scan DIR [--json] [--audience ID] [--scale ID] [--scopes LIST]
       agentops rules [--json]

  scan DIR        Look for evidence of the assessment's practices in a folder. Nothing is sent anywhere.
  rules           List the detection rules: what each looks for, where, the practices it supports.
  --json          Print the result as JSON (format "agentops-evidence-scan", formatVersion 1).
  --audience ID   Who answers: creators, families, enterprises, platform-teams (default platform-teams).
  --scale ID      personal, household, team, organization, institutional (default team).
  --scopes LIST   Comma-separated: chat, tools, multi-agent (default all three).

Exit codes: 0 scanned; 2 wrong usage; 3 DIR missing or not a folder; 1 anything else.`,
	unknownCommand: (c: string) => `Unknown command "${c}".`,
	missingDir: 'Name the folder to scan: agentops scan DIR.',
	unknownOption: (o: string) => `Unknown option "${o}".`,
	missingValue: (o: string) => `Option ${o} needs a value.`,
	badValue: (o: string, v: string, allowed: readonly string[]) => `${o} "${v}" is not one of: ${allowed.join(', ')}.`,
	notFound: (d: string) => `No such folder: ${d}`,
	notDir: (d: string) => `Not a folder: ${d}`,
	heading: (dir: string, scanned: number, skipped: number) => `Evidence in ${dir} (${scanned} files read, ${skipped} not read)`,
	noFindings: 'No file showed evidence of a practice.',
	status: {
		found: 'evidence found',
		'claimed-without-evidence': 'claimed without evidence',
		'not-found': 'no evidence found',
		'not-expected': 'no evidence expected from files',
	} satisfies Record<PracticeEvidenceStatus, string>,
	against: 'against',
	proposals: 'Proposed answers (confirm each in the assessment; nothing was changed):',
	noProposals: 'No answer to propose.',
	levels: 'Level the evidence alone supports:',
	level: (name: string, level: number, score: number) => `  ${name}: level ${level} (score ${score.toFixed(2)})`,
	ruleLine: (id: string, signal: string) => `${id}: ${signal}`,
	rulePaths: (paths: readonly string[]) => `  files: ${paths.join(', ')}`,
	rulePractices: (ids: readonly string[]) => `  supports: ${ids.join(', ')}`,
	ruleAgainst: (ids: readonly string[]) => `  evidence against: ${ids.join(', ')}`,
	ruleSource: (urls: readonly string[]) => `  source: ${urls.join(' ')}`,
	notExpected: (n: number) => `${n} practices are not read from files (habits, people, reviews); answer them in the assessment.`,
};
