/**
 * The `scan` command's result, as data and as text: findings per practice, proposals and the
 * level per dimension the evidence alone supports. Pure: main.ts does the reading and printing.
 */
import { levelName, type Context, type Model } from '../lib/assessment/model';
import { evidenceByPractice, evidenceLevels, proposeAnswers } from '../lib/evidence/practices';
import { EVIDENCE_RULES } from '../lib/evidence/rules';
import { scanEntries } from '../lib/evidence/scan';
import type { EvidenceRule, ScanEntry } from '../lib/evidence/types';
import { cliMessages as m } from './messages';

export const SCAN_FORMAT = 'agentops-evidence-scan';

export function scanReport(model: Model, context: Context, root: string, entries: readonly ScanEntry[]) {
	const result = scanEntries(entries, EVIDENCE_RULES);
	const practices = evidenceByPractice(model, context, result.findings);
	const proposals = proposeAnswers(model, context, result.findings);
	const levels = evidenceLevels(model, context, result.findings);
	return {
		format: SCAN_FORMAT,
		formatVersion: 1,
		modelVersion: model.meta.version,
		root,
		context,
		scanned: result.scanned,
		skipped: result.skipped,
		findings: result.findings,
		practices: practices.map((p) => ({
			id: p.practiceId,
			dimension: p.dimensionId,
			status: p.status,
			findings: p.findings,
			against: p.counter,
		})),
		proposals: proposals.map((p) => {
			const practice = model.dimensions.flatMap((d) => d.practices).find((x) => x.id === p.practiceId)!;
			return {
				practice: p.practiceId,
				option: p.option,
				label: model.meta.scales[practice.answerScale][p.option]!.label,
				capped: p.capped,
			};
		}),
		levels: levels.dimensions.map((d) => ({ dimension: d.id, level: d.level, levelName: levelName(d.level), score: d.score })),
	};
}

export type ScanReport = ReturnType<typeof scanReport>;

export function reportText(model: Model, report: ScanReport): string {
	const out = [m.heading(report.root, report.scanned, report.skipped.length), ''];
	const names = new Map(model.dimensions.map((d) => [d.id, d.name]));
	if (report.findings.length === 0) out.push(m.noFindings, '');
	for (const d of model.dimensions) {
		const shown = report.practices.filter((p) => p.dimension === d.id && (p.findings.length > 0 || p.against.length > 0));
		if (shown.length === 0) continue;
		out.push(d.name);
		for (const p of shown) {
			out.push(`  ${p.id}: ${m.status[p.status]}`);
			for (const f of p.findings) out.push(`    ${f.path}:${f.line}  ${f.reason} [${f.ruleId}]`);
			for (const f of p.against) out.push(`    ${f.path}:${f.line}  ${m.against}: ${f.reason} [${f.ruleId}]`);
		}
		out.push('');
	}
	out.push(report.proposals.length ? m.proposals : m.noProposals);
	for (const p of report.proposals) out.push(`  ${p.practice}: ${p.label}`);
	out.push('', m.levels);
	for (const l of report.levels) out.push(m.level(names.get(l.dimension) ?? l.dimension, l.level, l.score));
	out.push('', m.notExpected(report.practices.filter((p) => p.status === 'not-expected').length));
	return out.join('\n') + '\n';
}

/** The rules as a person reads them: what each looks for, in which files, for which practices, and why it is right. */
export function rulesText(rules: readonly EvidenceRule[]): string {
	const out: string[] = [];
	for (const r of rules) {
		const ids = r.practices.map((p) => p.id);
		out.push(
			m.ruleLine(r.id, r.signal),
			m.rulePaths(r.paths),
			r.kind === 'counter' ? m.ruleAgainst(ids) : m.rulePractices(ids),
			m.ruleSource(r.source),
			'',
		);
	}
	return out.join('\n');
}
