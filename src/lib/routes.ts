/**
 * Every path of the site, root-relative. Pages, the sidebar, the read layer and the islands take
 * paths from here and pass them through href() (src/lib/paths.ts), which adds the base; so moving a
 * page is a change to one line and a test (routes.test.ts) checks each fixed path has its page.
 * Pure: no Astro imports, usable from islands and unit tests.
 */
export const routes = {
	home: '/',
	/** For AI assistants (llmstxt.org): the site's index, and the docs' full text. */
	llms: '/llms.txt',
	llmsFull: '/llms-full.txt',
	search: '/search/',
	offline: '/offline/',
	docs: {
		index: '/docs/',
		/** A page of the docs collection (src/content/docs/<id>.md[x]). */
		page: (id: string) => `/docs/${id}/`,
		section: (id: string) => `/docs/#sec-${id}`,
		pattern: (id: string) => `/docs/patterns/${id}/`,
		principle: (id: string) => `/docs/principles/${id}/`,
		level: (id: string) => `/docs/maturity/${id}/`,
		scale: (id: string) => `/docs/adoption/${id}/`,
		audience: (id: string) => `/docs/stacks/${id}/`,
		step: (id: string) => `/docs/start/#${id}`,
		layer: (id: string) => `/docs/layers/#${id}`,
		why: '/docs/why/',
		start: '/docs/start/',
		about: '/docs/about/',
		glossary: '/docs/glossary/',
		adoption: '/docs/adoption/',
		stacks: '/docs/stacks/',
	},
	assessment: {
		index: '/assessment/',
		quick: '/assessment/quick/',
		results: '/assessment/results/',
		/** Check a folder or .zip for evidence of the practices (read in the browser). */
		evidence: '/assessment/evidence/',
		shared: '/assessment/shared/',
		history: '/assessment/history/',
		/** Saved progress and histories set aside before they were replaced: download or restore. */
		backups: '/assessment/backups/',
		team: '/assessment/team/',
		scoring: '/assessment/scoring/',
		resultFormat: '/assessment/result-format/',
		/** The published model; islands fetch it with a content hash (getModelUrl()). */
		model: '/assessment/model.json',
		modelSchema: '/assessment/model.schema.json',
		resultSchema: '/assessment/result.schema.json',
		/** The page about the open model: its files, their schemas and the changelog. */
		openModel: '/assessment/model/',
		changelog: '/assessment/model/changelog.json',
		changelogSchema: '/assessment/model/changelog.schema.json',
	},
	workshop: {
		index: '/workshop/',
		agenda: '/workshop/agenda/',
		module: (id: string) => `/workshop/modules/${id}/`,
	},
	library: {
		templates: '/templates/',
		kits: '/templates/#kits',
		template: (id: string) => `/templates/${id}/`,
		file: (templateId: string, name: string) => `/templates/files/${templateId}/${name}`,
		kit: (fileName: string) => `/templates/kits/${fileName}`,
		caseStudies: '/case-studies/',
		caseStudy: (id: string) => `/case-studies/${id}/`,
		feed: '/feed.xml',
	},
} as const;
