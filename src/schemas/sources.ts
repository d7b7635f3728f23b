/**
 * Sources as data. Every attributed claim, figure and tool behavior on a page cites an entry of
 * src/content/sources.yaml by id, so the page can list what it rests on and when that was last
 * checked. A citation that names no entry fails the build with the page and the id named (see
 * checkReferences() in src/content/references.ts).
 *
 * Plain zod, like the other schemas: the build and the unit tests validate the same data. The
 * `reference('sources')` form of `sources` is added in src/content/collections/, the only place
 * that knows about Astro's collections.
 */
import { z } from 'astro/zod';

/** A stable, lowercase-kebab slug. */
export const sourceId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'source ids are lowercase-kebab slugs');

/** A calendar date written as YYYY-MM-DD in YAML; parsed to a Date. */
const isoDate = z.coerce.date();

/** A year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD), kept as text. An unquoted YAML date arrives as a Date and is turned back into its day. */
const partialDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** One public source. */
export const sourceEntrySchema = z.strictObject({
	/** What pages cite. Stable: renaming one breaks every page that cites it (the build says which). */
	id: sourceId,
	/** The source's own title, as its publisher gives it. */
	title: z.string().min(3),
	/** Who publishes it: an organization, a project or a person. */
	publisher: z.string().min(2),
	/** Public HTTPS address of the source; pages link to it as a plain link and load nothing from it. */
	url: z.url({ protocol: /^https$/ }),
	/**
	 * When the source was published or last revised, as precisely as it says: "2006-09" stays a
	 * month, never becomes a made-up day. Absent when the source gives no date.
	 */
	published: partialDate.optional(),
	/** The day a person last read the source and confirmed `supports` against it. */
	checked: isoDate,
	/** One line: which claim on the site this source backs, in terms of what the source itself says. */
	supports: z.string().min(20).max(400),
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/**
 * Fields a page adds to cite its sources. Optional on every page kind for now; the pages that
 * make attributed claims carry both.
 */
export const citationFields = {
	/** Ids of entries in src/content/sources.yaml, in the order the page relies on them. */
	sources: z.array(sourceId).min(1).optional(),
	/** The day a person last checked the page's claims against its sources. */
	reviewed: isoDate.optional(),
};
