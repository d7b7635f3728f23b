/**
 * The command line: `agentops scan DIR [--json] [--audience] [--scale] [--scopes]` and
 * `agentops rules [--json]`.
 * Exit codes: 0 scanned (whatever was found), 2 wrong usage, 3 DIR missing or not a folder,
 * 1 anything else (a model file that does not validate, an unreadable file).
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

export const EXIT = { ok: 0, error: 1, usage: 2, input: 3 } as const;

type Io = { out: (s: string) => void; err: (s: string) => void };

class Usage extends Error {}

function parseArgs(args: string[]) {
	const [command, ...rest] = args;
	if (!command || command === '--help' || command === '-h' || command === 'help') return { help: true as const };
	if (command === 'rules') {
		for (const a of rest) if (a !== '--json') throw new Usage(m.unknownOption(a));
		return { help: false as const, command: 'rules' as const, json: rest.includes('--json') };
	}
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
