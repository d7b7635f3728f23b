/**
 * Schemas for the templates library and the case studies. Plain zod, so unit tests validate the
 * same content the build does; `reference()` fields are added in
 * src/content/collections/library.ts, the only file that knows about Astro's collections.
 */
import { z } from 'astro/zod';
import { audienceId, scaleId } from './framework';

/** File formats a template can ship. The format decides the preview's highlighting and the parse check. */
export const FORMAT_IDS = ['markdown', 'yaml', 'json', 'csv', 'shell', 'env'] as const;
export const formatId = z.enum(FORMAT_IDS);
export type FormatId = z.infer<typeof formatId>;

/** Human names for formats, for filters and badges. */
export const FORMAT_LABELS: Record<FormatId, string> = {
	markdown: 'Markdown',
	yaml: 'YAML',
	json: 'JSON',
	csv: 'CSV',
	shell: 'Shell script',
	env: 'Environment file',
};

/** A safe file name: letters, digits, dot, dash, underscore; no leading dot (static hosts hide dotfiles). */
const fileName = z
	.string()
	.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'file names are plain (no folders, no leading dot)');

/** A maturity level, 1 (Reactive) to 5 (Autonomous). */
export const levelNumber = z.number().int().min(1).max(5);

/** One file of a template, stored in src/templates/files/<template-id>/<name>. */
export const templateFileSchema = z.object({
	/** File name in src/templates/files/<template-id>/ and in the download URL. */
	name: fileName,
	/** Format: decides highlighting and which parser the tests run on it. */
	format: formatId,
	/** Where the file goes when used, if not under its own name, e.g. ".pre-commit-config.yaml". */
	installAs: z.string().min(1).optional(),
	/** One sentence on what this file is. */
	description: z.string().min(10),
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

/**
 * A template: metadata in the frontmatter, longer guidance in the Markdown body. `dimensions`
 * (assessment dimension ids) and `levels` are the roadmap tags: a roadmap step for a practice at
 * level L in dimension D lists the templates tagged with D and L (see resourcesFor() in src/lib/assessment/resources.ts).
 */
export const templateSchema = z.object({
	/** Page title, e.g. "Project context brief for agents". */
	title: z.string().min(3),
	/** One or two sentences for cards, the meta description and the feed (50–200 chars). */
	summary: z.string().min(50).max(200),
	/** The files, in the order they are shown. At least one. */
	files: z.array(templateFileSchema).min(1),
	/** Levels this template helps you reach (the level of the roadmap steps it serves). */
	levels: z.array(levelNumber).min(1),
	/** Adoption scales it fits. */
	scales: z.array(scaleId).min(1),
	/** Audiences it fits. */
	audiences: z.array(audienceId).min(1),
	/** How to use it, as ordered steps in the imperative (at least three). */
	steps: z.array(z.string().min(10)).min(3),
	/** When a person last checked the template against current practice and tools. */
	reviewed: z.coerce.date(),
});
export type Template = z.infer<typeof templateSchema>;

/** How a case study came about; see the honesty rule in the brief. */
export const CASE_KINDS = ['illustrative', 'reported'] as const;
export const caseKind = z.enum(CASE_KINDS);
export type CaseKind = z.infer<typeof caseKind>;

/** A public source for a reported case study. */
export const sourceSchema = z.object({
	/** The source's title as published. */
	title: z.string().min(3),
	/** Public address of the source. */
	url: z.url({ protocol: /^https$/ }),
	/** Who published it. */
	publisher: z.string().min(2),
});

/** One phase of a case study's timeline. */
export const timelineEntry = z.object({
	/** When, in relative terms, e.g. "Weeks 1–2". */
	period: z.string().min(2),
	/** What happened in that period. */
	what: z.string().min(20),
});

/**
 * A case study. `illustrative` ones are composites we wrote; `reported` ones need a public
 * `source`, and every figure in them must be attributed to it. The body is the narrative.
 */
export const caseStudyBase = z.object({
	/** Page title. */
	title: z.string().min(3),
	/** One or two sentences for cards, the meta description and the feed (50–200 chars). */
	summary: z.string().min(50).max(200),
	/** Illustrative (our composite) or reported (from a public source). */
	kind: caseKind,
	/** Required when `kind` is `reported`. */
	source: sourceSchema.optional(),
	/** The adoption scale of the people in the story. */
	scale: scaleId,
	/** Audiences the story speaks to. */
	audiences: z.array(audienceId).min(1),
	/** Timeline, in order. */
	timeline: z.array(timelineEntry).min(2),
	/** What changed, in observable terms (no invented figures). */
	changed: z.array(z.string().min(10)).min(2),
	/** What went wrong along the way. */
	wentWrong: z.array(z.string().min(10)).min(1),
	/** Lessons someone else can use. */
	lessons: z.array(z.string().min(10)).min(2),
	/** Date the case study was published on the site (for the feed). */
	published: z.coerce.date(),
});

/** A level change in one dimension; `to` is never below `from`. */
export const levelChange = <D extends z.ZodType>(dimension: D) =>
	z
		.object({
			/** The assessment dimension. */
			dimension,
			/** Level at the start of the story. */
			from: levelNumber,
			/** Level at the end of the story. */
			to: levelNumber,
		})
		.refine((c) => c.to >= c.from, { message: '`to` must not be below `from`' });

/** A reported case study without a source is refused: the honesty rule, enforced by the build. */
export const requireSourceWhenReported = (data: { kind: CaseKind; source?: unknown }, ctx: z.RefinementCtx) => {
	if (data.kind === 'reported' && !data.source) {
		ctx.addIssue({ code: 'custom', path: ['source'], message: 'a reported case study needs a public source' });
	}
};

/**
 * The full case study schema, given how references are expressed: Astro's `reference()` in the
 * collection, plain id strings in unit tests.
 */
export function caseStudySchema<D extends z.ZodType, P extends z.ZodType, T extends z.ZodType>(refs: {
	dimension: D;
	pattern: P;
	template: T;
}) {
	return caseStudyBase
		.extend({
			/** Starting and ending level per dimension the story touches (at least one). */
			levels: z.array(levelChange(refs.dimension)).min(1),
			/** Patterns applied, linked to their docs. */
			patterns: z.array(refs.pattern).min(1),
			/** Templates used, linked to their pages. */
			templates: z.array(refs.template).min(1),
		})
		.superRefine(requireSourceWhenReported);
}
