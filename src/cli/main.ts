/**
 * The command line: `agentops scan DIR [--json] [--audience] [--scale] [--scopes]`,
 * `agentops rules [--json]`, and on result files `score`, `check` and `report`.
 * Exit codes (EXIT in read-result.ts; listed in the usage text and the README): 0 done, 1 anything
 * else (a model file that does not validate), 2 wrong usage, 3 DIR or FILE missing, 4 not a result
 * file the site reads, 5 tampered, 6 a model this clone cannot read, 7 check failed.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context } from '../lib/assessment/model';
import { AUDIENCE_IDS, SCALE_IDS, SCOPE_IDS, type AudienceId, type ScaleId, type ScopeId } from '../schemas/ids';
import { loadModel } from './load-model';
import { cliMessages as m } from './messages';
import { readDir } from './read-dir';
import { EVIDENCE_RULES } from '../lib/evidence/rules';
import { reportText, rulesText, scanReport } from './scan-report';
import { EXIT, readResult } from './read-result';
import { checkResult, checkText, reportMarkdown, scoreData, scoreText } from './result-commands';

export { EXIT };

type Io = { out: (s: string) => void; err: (s: string) => void };

class Usage extends Error {}

function parseArgs(args: string[]) {
	const [command, ...rest] = args;
	if (!command || command === '--help' || command === '-h' || command === 'help') return { help: true as const };
	if (command === 'rules') {
		for (const a of rest) if (a !== '--json') throw new Usage(m.unknownOption(a));
		return { help: false as const, command: 'rules' as const, json: rest.includes('--json') };
	}
	if (command === 'score' || command === 'check' || command === 'report') return parseResultArgs(command, rest);
	if (command !== 'scan') throw new Usage(m.unknownCommand(command));
	let dir: string | undefined;
	let json = false;
	const context: Context = { audience: 'platform-teams', scale: 'team', scopes: [...SCOPE_IDS] };
	const value = (i: number, o: string) => {
		const v = rest[i + 1];
		if (v === undefined || v.startsWith('--')) throw new Usage(m.missingValue(o));
		return v;
	};
	const oneOf = <T extends string>(o: string, v: string, allowed: readonly T[]): T => {
		if (!(allowed as readonly string[]).includes(v)) throw new Usage(m.badValue(o, v, allowed));
		return v as T;
	};
	for (let i = 0; i < rest.length; i++) {
		const a = rest[i]!;
		if (a === '--json') json = true;
		else if (a === '--audience') context.audience = oneOf<AudienceId>(a, value(i++, a), AUDIENCE_IDS);
		else if (a === '--scale') context.scale = oneOf<ScaleId>(a, value(i++, a), SCALE_IDS);
		else if (a === '--scopes')
			context.scopes = value(i++, a)
				.split(',')
				.map((s) => oneOf<ScopeId>(a, s.trim(), SCOPE_IDS));
		else if (a.startsWith('-')) throw new Usage(m.unknownOption(a));
		else if (dir === undefined) dir = a;
		else throw new Usage(m.unknownOption(a));
	}
	if (dir === undefined) throw new Usage(m.missingDir);
	return { help: false as const, command: 'scan' as const, dir, json, context };
}

const RESULT_OPTIONS = {
	score: { flags: ['--json'], values: [] },
	check: { flags: ['--json', '--targets'], values: ['--against'] },
	report: { flags: [], values: ['--against', '--site'] },
} as const;

function parseResultArgs(command: keyof typeof RESULT_OPTIONS, rest: string[]) {
	const allowed = RESULT_OPTIONS[command];
	let file: string | undefined;
	const flags = new Set<string>();
	const values = new Map<string, string>();
	for (let i = 0; i < rest.length; i++) {
		const a = rest[i]!;
		if ((allowed.flags as readonly string[]).includes(a)) flags.add(a);
		else if ((allowed.values as readonly string[]).includes(a)) {
			const v = rest[++i];
			if (v === undefined || v.startsWith('--')) throw new Usage(m.missingValue(a));
			values.set(a, v);
		} else if (a.startsWith('-')) throw new Usage(m.unknownOption(a));
		else if (file === undefined) file = a;
		else throw new Usage(m.unknownOption(a));
	}
	if (file === undefined) throw new Usage(m.missingFile(command));
	const against = values.get('--against');
	const targets = flags.has('--targets');
	if (command === 'check' && against === undefined && !targets) throw new Usage(m.nothingToCheck);
	return {
		help: false as const,
		command,
		file,
		json: flags.has('--json'),
		against,
		targets,
		site: values.get('--site') ?? process.env.SITE_URL,
	};
}

/** A site path as an absolute address under the published site, or left as a path when none is known. */
const siteLink = (site: string | undefined) => (path: string) =>
	site ? new URL(path.replace(/^\//, ''), site.endsWith('/') ? site : `${site}/`).href : path;

function runResult(parsed: ReturnType<typeof parseResultArgs>, io: Io, repoRoot: string): number {
	const model = loadModel(repoRoot);
	const current = readResult(parsed.file, model);
	if (!current.ok) {
		io.err(`${current.message}\n`);
		return current.code;
	}
	const previous = parsed.against === undefined ? undefined : readResult(parsed.against, model);
	if (previous && !previous.ok) {
		io.err(`${previous.message}\n`);
		return previous.code;
	}
	const before = previous?.ok ? previous.value : undefined;
	if (parsed.command === 'score') {
		const data = scoreData(model, current.value, current.migratedFrom);
		io.out(parsed.json ? `${JSON.stringify(data, null, 2)}\n` : scoreText(data, parsed.file));
		return EXIT.ok;
	}
	if (parsed.command === 'check') {
		const outcome = checkResult(model, current.value, before, parsed.targets);
		io.out(
			parsed.json
				? `${JSON.stringify({ format: 'agentops-check', formatVersion: 1, passed: outcome.shortfalls.length === 0, ...outcome }, null, 2)}\n`
				: checkText(outcome, parsed.file, parsed.against, parsed.targets),
		);
		return outcome.shortfalls.length ? EXIT.below : EXIT.ok;
	}
	io.out(reportMarkdown(model, current.value, before, siteLink(parsed.site), { file: parsed.file, previous: parsed.against }));
	return EXIT.ok;
}

/** Runs the command line; returns the exit code. The repository root holds the model's content. */
export function run(args: string[], io: Io, repoRoot = fileURLToPath(new URL('../..', import.meta.url))): number {
	let parsed: ReturnType<typeof parseArgs>;
	try {
		parsed = parseArgs(args);
	} catch (e) {
		if (!(e instanceof Usage)) throw e;
		io.err(`${e.message}\n\n${m.usage}\n`);
		return EXIT.usage;
	}
	if (parsed.help) {
		io.out(`${m.usage}\n`);
		return EXIT.ok;
	}
	if (parsed.command === 'rules') {
		io.out(parsed.json ? `${JSON.stringify(EVIDENCE_RULES, null, 2)}\n` : rulesText(EVIDENCE_RULES));
		return EXIT.ok;
	}
	if (parsed.command !== 'scan') {
		try {
			return runResult(parsed, io, repoRoot);
		} catch (e) {
			io.err(`${e instanceof Error ? e.message : String(e)}\n`);
			return EXIT.error;
		}
	}
	const stat = statSync(parsed.dir, { throwIfNoEntry: false });
	if (!stat) {
		io.err(`${m.notFound(parsed.dir)}\n`);
		return EXIT.input;
	}
	if (!stat.isDirectory()) {
		io.err(`${m.notDir(parsed.dir)}\n`);
		return EXIT.input;
	}
	try {
		const model = loadModel(repoRoot);
		const report = scanReport(model, parsed.context, parsed.dir, readDir(parsed.dir));
		io.out(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(model, report));
		return EXIT.ok;
	} catch (e) {
		io.err(`${e instanceof Error ? e.message : String(e)}\n`);
		return EXIT.error;
	}
}
