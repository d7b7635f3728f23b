/**
 * The scan: entries in, findings out. Pure and synchronous, so a worker can run it in chunks and
 * the command line on a whole tree. Each rule reports at most one finding per file (the first
 * match), so a long file does not drown the results.
 */
import { matchesGlob } from './glob';
import { looksBinary, normalisePath, skipReason } from './skip';
import { lineAt, textAmount, withoutComments } from './text';
import type { EvidenceRule, Finding, ScanEntry, ScanResult, SkipReason } from './types';

type Compiled = { rule: EvidenceRule; match?: RegExp; also: RegExp[] };

const compile = (rules: readonly EvidenceRule[]): Compiled[] =>
	rules.map((rule) => {
		const flags = `m${rule.ignoreCase ? 'i' : ''}`;
		return {
			rule,
			...(rule.match ? { match: new RegExp(rule.match, flags) } : {}),
			also: (rule.alsoMatch ?? []).map((s) => new RegExp(s, flags)),
		};
	});

/** The findings of one file (its text already read, or absent). */
function scanFile(path: string, text: string | undefined, rules: Compiled[]): Finding[] {
	const findings: Finding[] = [];
	let code: string | undefined;
	for (const { rule, match, also } of rules) {
		if (!matchesGlob(path, rule.paths)) continue;
		const needsText = match || also.length > 0 || rule.minText;
		let line = 1;
		if (needsText) {
			if (text === undefined) continue;
			code ??= withoutComments(path, text);
			if (rule.minText && textAmount(path, text) < rule.minText) continue;
			if (!also.every((re) => re.test(code!))) continue;
			if (match) {
				const m = match.exec(code);
				if (!m) continue;
				// Report the line of the first non-blank character of the match.
				const lead = m[0].length - m[0].trimStart().length;
				line = lineAt(code, m.index + lead);
			}
		}
		findings.push({
			ruleId: rule.id,
			path,
			line,
			reason: rule.signal,
			practiceIds: rule.practices.map((p) => p.id),
			kind: rule.kind === 'counter' ? 'counter' : 'supports',
		});
	}
	return findings;
}

const byPlace = (a: Finding, b: Finding) =>
	a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : 1);

/**
 * A scanner fed one entry at a time, so a worker can report progress and stop between files:
 * `add` each entry, then `result()`. Entries in ignored folders are dropped; binaries and files
 * over the limit are checked by path only. Findings come sorted by path, then line, then rule.
 */
export function createScanner(rules: readonly EvidenceRule[], limit?: number) {
	const compiled = compile(rules);
	const findings: Finding[] = [];
	const skipped: { path: string; reason: SkipReason }[] = [];
	let scanned = 0;
	return {
		add(entry: ScanEntry): void {
			const path = normalisePath(entry.path);
			let reason = skipReason(path, entry.size, limit);
			if (!reason && entry.text !== undefined && looksBinary(entry.text)) reason = 'binary';
			if (reason) skipped.push({ path, reason });
			if (reason === 'ignored-folder') return;
			if (!reason && entry.text !== undefined) scanned++;
			findings.push(...scanFile(path, reason ? undefined : entry.text, compiled));
		},
		result(): ScanResult {
			return { findings: [...findings].sort(byPlace), skipped: [...skipped], scanned };
		},
	};
}

/** Scans all the entries at once (the command line; a worker may use createScanner instead). */
export function scanEntries(entries: readonly ScanEntry[], rules: readonly EvidenceRule[], limit?: number): ScanResult {
	const scanner = createScanner(rules, limit);
	for (const entry of entries) scanner.add(entry);
	return scanner.result();
}
