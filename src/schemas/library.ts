/**
 * Schemas for the templates library and the case studies. Plain zod, so unit tests validate the
 * same content the build does; `reference()` fields are added in
 * src/content/collections/library.ts, the only file that knows about Astro's collections.
 */
import { z } from 'astro/zod';
import { audienceId, scaleId } from './framework';
import { citationFields, sourceId } from './sources';

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
const fileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'file names are plain (no folders, no leading dot)');

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
	/**
	 * Ids of entries in src/content/sources.yaml for what the template says about tools (versions,
	 * defaults, licenses), in the order the page relies on them; listed at the end of its page.
	 */
	sources: citationFields.sources,
});
export type Template = z.infer<typeof templateSchema>;

/** How a case study came about; see the honesty rule in the brief. */
export const CASE_KINDS = ['illustrative', 'reported'] as const;
export const caseKind = z.enum(CASE_KINDS);
export type CaseKind = z.infer<typeof caseKind>;

/** One phase of a case study's timeline. */
export const timelineEntry = z.object({
	/** When: relative for illustrative stories ("Weeks 1–2"), a date or month for reported ones ("July 18, 2025"). */
	period: z.string().min(2),
	/** What happened in that period. */
	what: z.string().min(20),
});

/** A lowercase-kebab id of a pattern, principle or assessment practice. */
const frameworkId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'framework ids are lowercase-kebab slugs');

/** One part of the framework that would have caught or limited a reported incident, and how, in one sentence. */
export const mappingEntry = z.object({
	/** Id of the pattern, principle or practice (checked against the content by getCaseStudies()). */
	id: frameworkId,
	/** One sentence on how it would have caught or limited the incident. Our analysis, not the source's. */
	how: z.string().min(30).max(320),
});
export type MappingEntry = z.infer<typeof mappingEntry>;

/**
 * How a reported incident maps to the framework: patterns (src/content/patterns/), principles
 * (src/content/principles/) and assessment practices (ids in src/content/assessment/dimensions/).
 * Plain ids, so the unit tests can parse loaded entries; getCaseStudies() fails the build on an id
 * that names nothing, with the file and the field.
 */
export const frameworkMapping = z.object({
	patterns: z.array(mappingEntry).min(1),
	principles: z.array(mappingEntry).min(1),
	practices: z.array(mappingEntry).min(2),
});
export type FrameworkMapping = z.infer<typeof frameworkMapping>;

/**
 * The artifact of an illustrative story: an excerpt of the file that changed, before and after.
 * Part of the composite scenario, and labelled so on the page. Keep both sides short.
 */
export const artifactSchema = z.object({
	/** The file in the story, e.g. "AGENTS.md" or "litellm-config.yaml". */
	file: z.string().min(3),
	/** Its format, for highlighting (one of the template formats). */
	format: formatId,
	/** One or two sentences: what changed in the file and why, in the story's terms. */
	note: z.string().min(30).max(400),
	/** The excerpt before the change. */
	before: z.string().min(10).max(1200),
	/** The same excerpt after the change. */
	after: z.string().min(10).max(1200),
});
export type Artifact = z.infer<typeof artifactSchema>;

/**
 * A case study. `illustrative` ones are composites we wrote; `reported` ones rest on public
 * sources (entries of src/content/sources.yaml, cited by id like a docs page cites them), and
 * every figure in them is attributed to its source. The body is the narrative.
 */
export const caseStudyBase = z.object({
	/** Page title. */
	title: z.string().min(3),
	/** One or two sentences for cards, the meta description and the feed (50–200 chars). */
	summary: z.string().min(50).max(200),
	/** Illustrative (our composite) or reported (from public sources). */
	kind: caseKind,
	/**
	 * The primary source a reported story rests on (a ruling, a post-mortem, an advisory): an id in
	 * src/content/sources.yaml, shown at the top of the page. Required when `kind` is `reported`, and
	 * also listed in `sources`.
	 */
	source: sourceId.optional(),
	/**
	 * Every source the story cites, in the order it relies on them, shown at the end of the page as
	 * on a docs page; `reviewed` is the day a person last checked the story against them. Both are
	 * required when `kind` is `reported`.
	 */
	...citationFields,
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
	/** Reported stories: the patterns, principles and practices that would have caught or limited it. */
	caughtBy: frameworkMapping.optional(),
	/** Reported stories: what to do this week, drawn from those practices (two to five steps). */
	thisWeek: z.array(z.string().min(20)).min(2).max(5).optional(),
	/** Illustrative stories: the file that changed, before and after. */
	artifact: artifactSchema.optional(),
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

/** The fields each kind needs, beyond its primary source. */
type KindFields = {
	kind: CaseKind;
	source?: string | undefined;
	sources?: string[] | undefined;
	reviewed?: Date | undefined;
	caughtBy?: unknown;
	thisWeek?: unknown;
	artifact?: unknown;
	levels: unknown[];
};

/**
 * A reported story lists its sources (the primary one among them) and when it was checked, maps
 * the incident to the framework and says what to do this week; it claims no maturity levels for
 * the people in it, since no source measured them. An illustrative story shows its levels and its
 * artifact, and cites no primary source.
 */
export const requireKindFields = (data: KindFields, ctx: z.RefinementCtx) => {
	const need = (ok: boolean, path: string, message: string) => {
		if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
	};
	if (data.kind === 'reported') {
		need(!!data.sources?.length, 'sources', 'a reported case study lists its sources');
		need(
			!data.source || !data.sources || data.sources.includes(data.source),
			'sources',
			'the primary `source` is also listed in `sources`',
		);
		need(!!data.reviewed, 'reviewed', 'a reported case study carries the day it was last checked against its sources');
		need(!!data.caughtBy, 'caughtBy', 'a reported case study maps the incident to patterns, principles and practices');
		need(!!data.thisWeek, 'thisWeek', 'a reported case study says what to do this week');
		need(data.levels.length === 0, 'levels', 'a reported case study claims no maturity levels: no source measured them');
		need(!data.artifact, 'artifact', 'artifacts belong to illustrative stories');
	} else {
		need(data.levels.length > 0, 'levels', 'an illustrative case study shows its levels, start to end');
		need(!!data.artifact, 'artifact', 'an illustrative case study shows its artifact (the file that changed, before and after)');
		need(!data.source, 'source', 'an illustrative case study has no primary source: it is our composite');
	}
};

/**
 * The full case study schema, given how references are expressed: Astro's `reference()` in the
 * collection, plain id strings in unit tests. Sources, principles and practices are plain ids in
 * both (see frameworkMapping); getCaseStudies() resolves them and fails the build on a dangling one.
 */
export function caseStudySchema<D extends z.ZodType, P extends z.ZodType, T extends z.ZodType>(refs: {
	dimension: D;
	pattern: P;
	template: T;
}) {
	return caseStudyBase
		.extend({
			/** Starting and ending level per dimension the story touches: at least one for illustrative stories, none for reported ones. */
			levels: z.array(levelChange(refs.dimension)).default([]),
			/** Patterns applied (illustrative) or that apply (reported), linked to their docs. */
			patterns: z.array(refs.pattern).min(1),
			/** Templates used (illustrative) or that would help (reported), linked to their pages. */
			templates: z.array(refs.template).min(1),
		})
		.superRefine(requireSourceWhenReported)
		.superRefine(requireKindFields);
}
