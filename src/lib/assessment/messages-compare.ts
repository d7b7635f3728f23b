/**
 * Wording of the comparison of two assessments on the history page, loaded only there.
 */
export const COMPARE_TEXT = {
	radarTitle: 'Levels by dimension, earlier and later',
	legendEarlier: 'Earlier',
	legendLater: 'Later',
	tableCaption: 'Change per dimension',
	progress: (before: number, after: number) => `Progress toward the targets set at the earlier assessment: ${before}% then, ${after}% now.`,
	reached: 'Target reached',
	notReached: 'Not yet',
	up: (n: number) => `Up ${n}`,
	down: (n: number) => `Down ${n}`,
	same: 'No change',
	dimension: 'Dimension',
	change: 'Change',
	targetEarlier: 'Target (set earlier)',
	radarDescription: (name: string, before: number, after: number) => `${name}: ${before} then, ${after} now`,
} as const;
