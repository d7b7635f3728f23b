/**
 * Bounds shared by the content schema (build time) and the agenda builder's validation (browser),
 * so both accept the same values. Plain constants: importing them pulls in no validation library.
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
