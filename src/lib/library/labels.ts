/** Wording for the library: one place for the labels pages, filters and the feed show. */
import type { AudienceId, ScaleId } from '../../schemas/framework';
import type { CaseKind } from '../../schemas/library';
import type { KitId } from './kits';

export { FORMAT_LABELS } from '../../schemas/library';
export { LEVEL_NAMES, levelName } from '../assessment/model';

export const SCALE_LABELS: Record<ScaleId, string> = {
	personal: 'Personal',
	household: 'Household',
	team: 'Team',
	organization: 'Organization',
	institutional: 'Institutional',
};

export const AUDIENCE_LABELS: Record<AudienceId, string> = {
	creators: 'Creators',
	families: 'Families',
	enterprises: 'Enterprises',
	'platform-teams': 'Platform teams',
};

export const KIND_LABELS: Record<CaseKind, string> = {
	illustrative: 'Illustrative',
	reported: 'Reported',
};

/** What each kind means, shown on every case study page and on the index. */
export const KIND_EXPLAINED: Record<CaseKind, string> = {
	illustrative:
		'A composite scenario we wrote to show the patterns at work. It is not a report about a real person or organization, and it contains no measured results.',
	reported:
		'Built from public sources, named on the page and listed at its end. Figures are the sources’ own claims, not measurements of ours.',
};

export const KIT_LABELS: Record<KitId, string> = {
	personal: 'Personal kit',
	household: 'Household kit',
	team: 'Team kit',
	organization: 'Organization kit',
	institutional: 'Institutional kit',
	everything: 'Everything',
};

/** "Levels 2–3", "Level 4", "Levels 2, 3 and 5". */
export function levelsLabel(levels: readonly number[]): string {
	const sorted = [...new Set(levels)].sort((a, b) => a - b);
	if (sorted.length === 1) return `Level ${sorted[0]}`;
	const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
	if (contiguous) return `Levels ${sorted[0]}–${sorted[sorted.length - 1]}`;
	return `Levels ${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`;
}
