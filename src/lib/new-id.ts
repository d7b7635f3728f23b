/** A random id for stored entries (history snapshots, backups); a time-based one where crypto.randomUUID is missing (older browsers, plain http). */
export const newId = (): string =>
	typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
