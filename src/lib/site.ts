import { routes } from './routes';
/** Site-wide wording and settings: one place for the name, tagline and header navigation. */
export const SITE = {
	name: 'AgentOps',
	tagline: 'Operate AI reliably, at any scale',
	description:
		'Learn to operate AI and agents reliably with patterns proven in infrastructure operations: framework docs, a private maturity self-assessment, workshops and templates.',
	themeKey: 'agentops:theme',
} as const;

/**
 * The host astro.config.mjs uses when SITE_URL is not set. Nothing a person takes away (a kit's
 * README) may point there: it is a placeholder, not a site.
 */
export const PLACEHOLDER_HOST = 'agentops.example.org';
/** The build's site address when it is a real one (SITE_URL was set), else null. */
export const publicSite = (site: string | URL | undefined) => (site && new URL(site).host !== PLACEHOLDER_HOST ? new URL(site).href : null);

/** Header navigation. Paths are root-relative; pages link them through href(). */
export const MAIN_NAV = [
	{ path: routes.docs.index, label: 'Docs' },
	{ path: routes.assessment.index, label: 'Assessment' },
	{ path: routes.workshop.index, label: 'Workshop' },
	{ path: routes.library.templates, label: 'Templates' },
	{ path: routes.library.caseStudies, label: 'Case studies' },
] as const;
