/** Site-wide wording and settings: one place for the name, tagline and header navigation. */
export const SITE = {
	name: 'AgentOps',
	tagline: 'Operate AI reliably, at any scale',
	description:
		'Learn to operate AI and agents reliably with patterns proven in infrastructure operations: framework docs, a private maturity self-assessment, workshops and templates.',
	themeKey: 'agentops:theme',
} as const;

/** Header navigation. Paths are root-relative; pages link them through href(). */
export const MAIN_NAV = [
	{ path: '/docs/', label: 'Docs' },
	{ path: '/assessment/', label: 'Assessment' },
	{ path: '/workshop/', label: 'Workshop' },
	{ path: '/templates/', label: 'Templates' },
	{ path: '/case-studies/', label: 'Case studies' },
] as const;
