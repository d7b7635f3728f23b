/** The command line's wording, in one place. */
import type { PracticeEvidenceStatus } from '../lib/evidence/practices';

export const cliMessages = {
	usage: `Usage: agentops scan DIR [--json] [--audience ID] [--scale ID] [--scopes LIST]
       agentops rules [--json]
       agentops score RESULT.json [--json]
       agentops check RESULT.json [--against PREVIOUS.json] [--targets] [--json]
       agentops report RESULT.json [--against PREVIOUS.json] [--site URL]

  scan DIR        Look for evidence of the assessment's practices in a folder. Nothing is sent anywhere.
  rules           List the detection rules: what each looks for, where, the practices it supports.
  score FILE      Read a result file as the site does (refusing one whose levels do not follow from its
                  answers), recompute its levels from the answers and print them.
  check FILE      The CI gate: fail when a dimension is below its level in PREVIOUS.json (--against), or
                  below this file's own target (--targets; targets are goals, so this passes only once
                  every target is reached). Needs --against, --targets or both. Evidence dates are not in
                  the result file format yet, so stale evidence is not checked.
  report FILE     Markdown for a pull-request comment: levels, changes since PREVIOUS.json, first roadmap steps.
  --json          Print the result as JSON (scan: format "agentops-evidence-scan"; score: "agentops-score";
                  check: "agentops-check"; formatVersion 1).
  --audience ID   Who answers: creators, families, enterprises, platform-teams (default platform-teams).
  --scale ID      personal, household, team, organization, institutional (default team).
  --scopes LIST   Comma-separated: chat, tools, multi-agent (default all three).
  --site URL      Where the portal is published, for the report's links (default: $SITE_URL, else site paths).

Exit codes: 0 done (check: nothing fell); 1 anything else (a model file that does not validate, an
unreadable file); 2 wrong usage; 3 DIR or FILE missing, or not a folder / not a file; 4 FILE is not a
result file the site can read (not JSON, cut off, another format or format version, invalid parts,
unknown questions); 5 FILE was edited (its levels do not follow from its answers); 6 FILE was made
with a newer model than this clone has, or an older one that cannot be carried over; 7 check failed:
a dimension is below the previous level or its target.`,
	unknownCommand: (c: string) => `Unknown command "${c}".`,
	missingDir: 'Name the folder to scan: agentops scan DIR.',
	missingFile: (c: string) => `Name the result file: agentops ${c} RESULT.json.`,
	nothingToCheck: 'Say what to check against: --against PREVIOUS.json, --targets, or both.',
	noFile: (f: string) => `No such file: ${f}`,
	notFile: (f: string) => `Not a file: ${f}`,
	refused: (f: string, sentence: string, problem: string, detail: string) => `${f}: ${sentence} (${problem}: ${detail})`,
	scoreHeading: (f: string, date: string, version: number) =>
		`Levels recomputed from the answers in ${f} (made ${date}; model version ${version})`,
	migrated: (from: number, to: number) =>
		`Made with model version ${from} and carried over to version ${to}: new or changed questions are unanswered.`,
	context: (scale: string, audience: string, scopes: string) => `Scale: ${scale}. Describes us: ${audience}. Kinds of AI use: ${scopes}.`,
	overall: (level: number, name: string, limitedBy: readonly string[]) =>
		`Overall: level ${level}, ${name}` + (limitedBy.length ? ` (held by ${limitedBy.join(', ')})` : ''),
	dimensionLine: (name: string, level: string, score: number, target: number) =>
		`  ${name}: ${level} (score ${score.toFixed(2)}, target ${target})`,
	notApplicable: (name: string) => `  ${name}: not applicable`,
	checkHeading: (f: string, previous: string | undefined, targets: boolean) =>
		`Checking ${f}` + (previous ? ` against ${previous}` : '') + (targets ? `${previous ? ' and' : ' against'} its own targets` : ''),
	belowPrevious: (s: { name: string; expected: number; level: number; by: number }) =>
		`  FELL  ${s.name}: level ${s.level}, was ${s.expected} (down ${s.by})`,
	belowTarget: (s: { name: string; expected: number; level: number; by: number }) =>
		`  BELOW TARGET  ${s.name}: level ${s.level}, target ${s.expected} (${s.by} short)`,
	noLongerApplies: (name: string) =>
		`  note: ${name} applied in the previous result and no longer does (the context changed); not compared.`,
	failed: (n: number) => `Check failed: ${n} shortfall${n === 1 ? '' : 's'}.`,
	passed: (n: number, previous: boolean, targets: boolean) =>
		`Check passed: none of ${n} dimensions is ${[previous ? 'below its previous level' : '', targets ? 'below its target' : ''].filter(Boolean).join(' or ')}.`,
	reportTitle: 'AgentOps assessment',
	reportFrom: (f: string, date: string, version: number) =>
		`From ${f}, made ${date}, levels recomputed from its answers (model version ${version}).`,
	reportPreviousColumns: ['Previous', 'Change'],
	reportChanges: (f: string, date: string) => `Changes since ${f} (${date})`,
	reportNoChange: 'No level changed.',
	reportSteps: (shown: number, total: number) => `First roadmap steps (${shown} of ${total})`,
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
