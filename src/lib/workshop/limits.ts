/**
 * Bounds shared by the content schema (build time), the agenda builder's actions and the stored
 * agenda's reader (browser), so every way in accepts exactly what the reader will read back after
 * a reload. Plain constants: importing them pulls in no validation library.
 */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const LIMITS = {
	/** Longest stretch without a break, minutes. */
	every: { min: 30, max: 240 },
	/** Short break, minutes. */
	breakMinutes: { min: 5, max: 45 },
	/** Lunch, minutes. */
	lunchMinutes: { min: 15, max: 120 },
	/** A custom block in the builder, minutes. */
	customMinutes: { min: 1, max: 600 },
} as const;

/** Items in one agenda (modules, own blocks and new-day markers together). */
export const MAX_ITEMS = 100;
/** The agenda's title and an own block's title, characters (as the inputs' maxlength counts them). */
export const MAX_TITLE = 120;
/** An item's key: generated ("module:<id>", "custom:3", "day:2"), so a stored one must look like one. */
export const ITEM_KEY = /^(module:[a-z0-9]+(-[a-z0-9]+)*|custom:[1-9]\d{0,3}|day:[1-9]\d{0,3})$/;
/**
 * The first day of a workshop. A workshop is planned for a real day, so centuries either side are
 * plenty; the upper bound also keeps every exported date at four digits (RFC 5545 DATE, 3.3.4)
 * after adding the days of the longest agenda (MAX_ITEMS days, each may run past midnight).
 * Compared as text: "YYYY-MM-DD" sorts as dates do.
 */
export const DATE_RANGE = { min: '2000-01-01', max: '2999-12-31' } as const;
