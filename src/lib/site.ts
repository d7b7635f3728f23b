import { routes } from './routes';
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
	{ path: routes.docs.index, label: 'Docs' },
	{ path: routes.assessment.index, label: 'Assessment' },
	{ path: routes.workshop.index, label: 'Workshop' },
	{ path: routes.library.templates, label: 'Templates' },
	{ path: routes.library.caseStudies, label: 'Case studies' },
] as const;
