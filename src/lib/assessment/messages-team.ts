/**
 * The team workshop's wording (src/components/assessment/Team*.tsx), apart from the shared
 * messages so only the team page loads it.
 */
export const TEAM_TEXT = {
	addHeading: 'Add the team’s results',
	dropzone: 'Drop result files here, or choose them',
	choose: 'Choose result files',
	pasteLabel: 'Or paste share links or the contents of result files (one link per line)',
	add: 'Add',
	none: 'No results yet. Ask each person to download their result file or copy their share link, then add them here.',
	respondents: (n: number) => `${n} respondent${n === 1 ? '' : 's'}`,
	anonymise: 'Hide names (show Respondent 1, 2, …)',
	anonymous: (n: number) => `Respondent ${n}`,
	remove: (label: string) => `Remove ${label}`,
	clear: 'Remove everyone',
	added: (n: number) => `${n} result${n === 1 ? '' : 's'} added.`,
	rejected: (source: string) => `${source}: not added.`,
	duplicate: 'The same results were already added.',
	summaryCaption: 'Team levels by dimension',
	disagreementsHeading: 'Start here: where people disagree',
	disagreementsNone: 'Nobody is two or more levels apart from anyone else on any dimension.',
	disagreement: (spread: number) => `Disagreement: ${spread} levels apart`,
	roadmapHeading: 'Team roadmap',
	roadmapIntro:
		'Built from the team’s median levels: a practice counts as in place when at least half of the people it applies to have it in place.',
	exportJson: 'Download team summary (JSON)',
	exportMarkdown: 'Download team report (Markdown)',
	radarTitle: 'Team median level by dimension',
	notStored:
		'Kept in this tab only, never sent or stored for later: a reload keeps it, closing the tab forgets it. Save a team file to keep it longer.',
	labelFor: (n: number) => `Name or role of respondent ${n}`,
	labelHint: (max: number) => `Up to ${max} characters, kept when you leave the field.`,
	labelProblem: {
		empty: 'A name cannot be empty; the old one is kept.',
		'too-long': 'That name is too long; the old one is kept.',
		taken: 'Another respondent has that name; the old one is kept.',
	},
	full: (max: number) => `The team already has ${max} respondents, the most a session holds.`,
	overPaste: (max: number) =>
		`A session holds at most ${max} respondents, so only the first ${max} pasted items were read; the text is left in the box.`,
	unsaved: 'The session kept in this tab could not be read, so nothing was added.',
	saveFailed: 'This tab could not keep the session (storage full or blocked): a reload would lose it. Save a team file.',
	sessionProblem: 'The team session kept in this tab could not be read.',
	sessionProblemKeep: 'It stays in this tab, unchanged. Save it as a file, or start a new session, which removes it.',
	saveUnreadable: 'Save the unreadable session as a file',
	startNew: 'Start a new team session',
	sessionHeading: 'Team session file',
	sessionIntro:
		'Save everyone here, with their names or roles, as one file to open later. It holds their answers: keep it as they would want.',
	saveSession: 'Save team session (file)',
	openSession: 'Open a team session file',
	sessionOpened: (added: number, skipped: number) =>
		`Team session opened: ${added} respondent${added === 1 ? '' : 's'} added` + (skipped ? `, ${skipped} already here.` : '.'),
	practicesHeading: 'Agenda: practices where answers are two or more steps apart',
	practicesIntro: 'Widest gap first; “Don’t know”, “Not applicable” and unanswered are left out.',
	practicesNone: 'No practice has answers two or more steps apart.',
	practiceMeta: (dimension: string, spread: number, answered: number, total: number) =>
		`${dimension}: ${spread} steps apart; ${answered} of ${total} answered.`,
	unanswered: 'Unanswered',
	notAsked: 'Not asked',
	linkSource: (n: number) => `Pasted link ${n}`,
	pasteSource: (n: number) => `Pasted text ${n}`,
	notRead: (n: number) => `${n} more pasted item${n === 1 ? '' : 's'}`,
	// Null levels print as nothing, as JSX printed them.
	disagreementRange: (lowest: number | null, highest: number | null, median: string) =>
		`(levels ${lowest ?? ''} to ${highest ?? ''}, median ${median})`,
	dimension: 'Dimension',
	median: 'Median',
	lowest: 'Lowest',
	highest: 'Highest',
	spread: 'Spread',
	radarItem: (dimension: string, median: string) => `${dimension}: median ${median}`,
	teamLevel: (level: number, name: string) => `Team level: ${level} ${name}.`,
	stepMeta: (dimension: string, effort: string, doneWhen: string) => `(${dimension}, ${effort}; done when: ${doneWhen})`,
	docs: 'Docs',
} as const;
