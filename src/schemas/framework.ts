/**
 * Schemas for the framework's building blocks. Every later feature (assessment, templates,
 * curriculum) refers to these entries by id, so ids are stable slugs and references are
 * validated by the build: a dangling id fails `astro build` with the file and field named.
 *
 * Schemas are plain zod so the same definitions validate content at build time and are
 * importable by unit tests. `reference()` fields are added in content.config.ts, which is
 * the only file that knows about Astro's collections.
 */
import { z } from 'astro/zod';
import { AUDIENCE_IDS, LEVEL_IDS, SCALE_IDS, STEP_IDS } from './ids';
import { citationFields } from './sources';

// The id lists live in ids.ts (no zod, so browser code can import them cheaply).
export { AUDIENCE_IDS, LEVEL_IDS, SCALE_IDS, STEP_IDS, type AudienceId, type LevelId, type ScaleId, type StepId } from './ids';
export const levelId = z.enum(LEVEL_IDS);
export const scaleId = z.enum(SCALE_IDS);
export const audienceId = z.enum(AUDIENCE_IDS);
export const stepId = z.enum(STEP_IDS);

/** Text per maturity level: used by each pattern's "at each level" table. */
export const perLevel = z.object({
	reactive: z.string().min(20),
	organized: z.string().min(20),
	systematic: z.string().min(20),
	intelligent: z.string().min(20),
	autonomous: z.string().min(20),
});

/** Fields every docs-like entry has, including the optional citations (see ./sources.ts). */
export const pageBase = z.object({
	/** Page title, also the `<title>` (the site name is appended). */
	title: z.string().min(3),
	/** One or two sentences for the meta description, cards and search results (50–200 chars). */
	description: z.string().min(50).max(200),
	...citationFields,
});

/**
 * An operations pattern carried from infrastructure to agents. The body (Markdown) must hold
 * the two prose sections `## In infrastructure` and `## For AI and agents`; the structured
 * sections below are rendered by the page template so every pattern has the same shape.
 */
export const patternSchema = pageBase.extend({
	/** Position in reading order, 1–5. */
	order: z.number().int().min(1).max(5),
	/** The infrastructure practice, e.g. "Version control". */
	infrastructure: z.string(),
	/** What it gives agent operations, e.g. "Institutional memory". */
	gives: z.string(),
	/** What the pattern looks like at each maturity level. */
	atEachLevel: perLevel,
	/** Exactly three concrete things to do this week. */
	startThisWeek: z.tuple([z.string(), z.string(), z.string()]),
	/** Common ways people get it wrong (at least three). */
	pitfalls: z.array(z.string()).min(3),
	/** How to tell whether it is working: a metric and how to collect it. */
	measures: z.array(z.object({ metric: z.string(), how: z.string() })).min(2),
});

/** One of the six principles. The body holds the explanation and worked examples. */
export const principleSchema = pageBase.extend({
	order: z.number().int().min(1).max(6),
	/** The principle in one line, e.g. "You stay the pilot." */
	tagline: z.string(),
	/** Concrete examples, each a sentence or two (at least two). */
	examples: z.array(z.string()).min(2),
});

/** One of the three layers: Philosophy (why), Methodology (how), Infrastructure (what). */
export const layerSchema = pageBase.extend({
	order: z.number().int().min(1).max(3),
	/** The question the layer answers: why, how or what. */
	question: z.enum(['why', 'how', 'what']),
	/** Concrete things that belong in this layer (at least three). */
	examples: z.array(z.string()).min(3),
});

/** One of the five maturity levels. The body describes what the level looks like. */
export const levelSchema = pageBase.extend({
	/** 1–5; must match the level's position in LEVEL_IDS (checked by the content tests). */
	number: z.number().int().min(1).max(5),
	/** The level's name, e.g. "Reactive". */
	name: z.string(),
	/** The framework's own short markers for this level. */
	markers: z.array(z.string()).min(3),
	/** Observable signs that you are at this level (at least four). */
	signs: z.array(z.string()).min(4),
	/** What moves you to the next level (empty only for level 5, where it says how to stay). */
	movesYouUp: z.array(z.string()).min(3),
	/** Realistic time to reach the next level, e.g. "4–8 weeks", with the caveat in `timelineNote`. */
	timeline: z.string(),
	timelineNote: z.string(),
});

/** An adoption scale. The body covers what adoption looks like at this scale. */
export const scaleSchema = pageBase.extend({
	/** Position among the scales, smallest first; matches the scale's place in SCALE_IDS. */
	order: z.number().int().min(1).max(SCALE_IDS.length),
	/** Typical size, e.g. "5–50 people". */
	size: z.string(),
	/** Routes a group can take to adopt the framework at this scale. */
	routes: z.array(z.object({ name: z.string(), how: z.string() })).min(1),
	/** What to set up first at this scale (at least three). */
	firstMoves: z.array(z.string()).min(3),
});

/** A component of an audience's stack, naming a real tool. */
export const stackItem = z.object({
	/** The job in the stack, e.g. "Gateway". */
	component: z.string(),
	/** Real tool name(s), e.g. "LiteLLM". */
	tool: z.string(),
	/** What it does for this audience. */
	what: z.string(),
	/** How to run it self-hosted or disconnected. */
	selfHosted: z.string(),
});

/** A stack for one audience. */
export const audienceSchema = pageBase.extend({
	order: z.number().int().min(1).max(4),
	/** Who this is for, in one sentence. */
	who: z.string(),
	stack: z.array(stackItem).min(3),
});

/** One of the five "where to start" steps. */
export const stepSchema = pageBase.extend({
	order: z.number().int().min(1).max(5),
	/** What to do, in concrete actions (at least three). */
	actions: z.array(z.string()).min(3),
	/** How you know the step is done. */
	doneWhen: z.string(),
});

/** A glossary term. */
export const glossarySchema = z.object({
	term: z.string(),
	definition: z.string().min(20),
	/** Optional site path for more, e.g. "/docs/patterns/observability/". */
	see: z.string().startsWith('/').optional(),
});

/** General docs pages (why, about, overviews). `section` and `order` place them in the sidebar. */
export const docSchema = pageBase.extend({
	section: z.enum(['start', 'patterns', 'practices', 'principles', 'maturity', 'adoption', 'stacks', 'reference']),
	order: z.number().int(),
});
