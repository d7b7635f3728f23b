/**
 * The evidence scan's shapes. Pure data: the browser scan (in a worker) and the command-line
 * `scan DIR` build the same entries and read the same findings.
 */

/** One file of the scanned tree, as a directory picker, a .zip or a file-system walk yields it. */
export type ScanEntry = {
	/** Path relative to the scanned root, with forward slashes ("a/b/c.yml"). */
	path: string;
	/** Size in bytes. */
	size: number;
	/** The file's text, when it was read (see shouldReadText); absent for binaries and large files. */
	text?: string;
};

/** A practice a rule supports, and the phrase of that practice's evidence help the file answers. */
export type RulePractice = {
	/** A practice id of the assessment model (a test fails on an id that does not exist). */
	id: string;
	/** Words quoted from the practice's help (its default or a track's), naming what the file shows. */
	helpQuote: string;
};

/**
 * One detection rule: one signal a file can show. Rules are data (src/lib/evidence/rules.ts), so
 * the browser and the command line run the same list, and a test checks every id and quote.
 */
export type EvidenceRule = {
	/** Stable id (kebab-case), reported with every finding. */
	id: string;
	/** What the rule looks for, in one sentence; the finding's reason. */
	signal: string;
	/** The practices this signal supports. */
	practices: RulePractice[];
	/** Upstream documentation or code that defines the file name or key (https URLs), or a template path of this site. */
	source: string[];
	/**
	 * Glob patterns for the path relative to the scanned root: `*` matches within one folder,
	 * `**` any number of folders, `{a,b}` alternatives. A leading `**\/` also matches at the root.
	 */
	paths: string[];
	/**
	 * A regular expression (source text, multiline) the file's text must match, comments removed;
	 * the finding's line is the line where the match starts. Absent: the path alone is the signal.
	 */
	match?: string;
	/** Further expressions that must each match somewhere in the same file (a trigger, a section). */
	alsoMatch?: string[];
	/** Case-insensitive matching. */
	ignoreCase?: boolean;
	/** The file must hold at least this many characters of text besides blank lines, headings and comments. */
	minText?: number;
	/** 'counter' marks evidence against the practices (a rolling image tag): it caps what is proposed. */
	kind?: 'counter';
};

/** One match of one rule in one file. */
export type Finding = {
	ruleId: string;
	path: string;
	/** 1-based line of the match (the first line of the file for a path-only rule). */
	line: number;
	/** Short reason a person reads: the rule's signal. */
	reason: string;
	practiceIds: string[];
	kind: 'supports' | 'counter';
};

/** Why an entry was not read. */
export type SkipReason = 'ignored-folder' | 'too-large' | 'binary';

export type ScanResult = {
	findings: Finding[];
	/** Files whose text was not read (their paths were still checked by path-only rules, except ignored folders). */
	skipped: { path: string; reason: SkipReason }[];
	/** Files whose text was read and checked. */
	scanned: number;
};
