/**
 * Library filters kept in the URL (?dimension=&level=&scale=&audience=&format=&kind=), so a
 * filtered view can be shared and survives a reload. Pure: the browser script and the tests call
 * the same functions. Unknown keys and values are ignored and reported, never trusted.
 */

/** Per filter key, the values it accepts (e.g. { scale: ['personal', 'team', …] }). */
export type Facets = Readonly<Record<string, readonly string[]>>;
/** The chosen value per key; a key that is absent means "any". */
export type Selection = Record<string, string>;
/** An item's tags per key (e.g. { level: ['2', '3'] }). */
export type Tags = Readonly<Record<string, readonly string[]>>;

/** Read a selection from a query string; keys not in `facets` and values they do not allow are dropped. */
export function parseSelection(search: string, facets: Facets): { selection: Selection; ignored: string[] } {
	const params = new URLSearchParams(search);
	const selection: Selection = {};
	const ignored: string[] = [];
	for (const [key, value] of params) {
		const allowed = facets[key];
		if (!allowed) continue; // other parameters belong to someone else (e.g. a search query)
		if (value === '') continue;
		if (allowed.includes(value) && !(key in selection)) selection[key] = value;
		else ignored.push(`${key}=${value}`);
	}
	return { selection, ignored };
}

/** An item matches when, for every chosen key, its tags include the chosen value. */
export function matchesSelection(tags: Tags, selection: Selection): boolean {
	return Object.entries(selection).every(([key, value]) => (tags[key] ?? []).includes(value));
}

/**
 * Write the selection back into a query string, keeping parameters that are not filters and
 * putting filter keys in the facets' order, so the same view always has the same URL.
 */
export function selectionToSearch(selection: Selection, facets: Facets, current = ''): string {
	const params = new URLSearchParams(current);
	for (const key of Object.keys(facets)) params.delete(key);
	for (const key of Object.keys(facets)) {
		const value = selection[key];
		if (value !== undefined && facets[key]!.includes(value)) params.set(key, value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
