/** The evidence scan's public surface, for the browser worker and the command line. */
export { EVIDENCE_RULES } from './rules';
export { createScanner, scanEntries } from './scan';
export { IGNORED_FOLDERS, MAX_TEXT_BYTES, isIgnoredPath, looksBinary, normalisePath, shouldReadText, skipReason } from './skip';
export { applyProposals, evidenceByPractice, evidenceLevels, proposeAnswers, rulesByPractice } from './practices';
export type { PracticeEvidence, PracticeEvidenceStatus, Proposal } from './practices';
export type { EvidenceRule, Finding, RulePractice, ScanEntry, ScanResult, SkipReason } from './types';
