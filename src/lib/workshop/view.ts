/**
 * The module page's view: "learner" (default) or "facilitator" (facilitator notes shown,
 * solutions open). Remembered under one localStorage key as the bare string; anything else
 * stored there is ignored and the learner view is used.
 */
export const VIEW_STORAGE_KEY = 'agentops:workshop-view';
export const VIEWS = ['learner', 'facilitator'] as const;
export type View = (typeof VIEWS)[number];

export function parseView(raw: string | null | undefined): View {
	return raw === 'facilitator' ? 'facilitator' : 'learner';
}
