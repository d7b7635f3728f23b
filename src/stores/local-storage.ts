/**
 * The one try/catch around localStorage for the assessment and agenda stores. A blocked storage (a private
 * window, a policy) throws on access; a full one throws on write. Neither is ever a successful save.
 */
export function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** The stored text under `key`, or null when there is none or storage cannot be read. */
export function read(key: string): string | null {
	try {
		return storage()?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Write one key. False when it did not happen: storage full, or blocked (then there is no storage at all). */
export function write(key: string, value: string): boolean {
	const s = storage();
	if (!s) return false;
	try {
		s.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

/** Remove one key; false when storage refused. */
export function remove(key: string): boolean {
	const s = storage();
	if (!s) return false;
	try {
		s.removeItem(key);
		return true;
	} catch {
		return false;
	}
}
