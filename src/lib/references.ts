/**
 * One reference check over all content. Astro's `reference()` checks the shape of an id, not that
 * the entry exists, and some fields hold plain ids (a case study's sources, the practices it maps
 * to). This walks every entry once, finds both kinds and reports each id that names nothing, with
 * the file and the field. Pure: src/content/references.ts feeds it the loaded collections.
 */

export type ContentEntry = { collection: string; id: string; filePath?: string | undefined; data: unknown };

/** A field holding plain ids: `field` is a dotted path where `[]` walks an array ("caughtBy.practices[].id"). */
export type PlainRefField = { collection: string; field: string; to: string };

export type DanglingRef = { file: string; field: string; to: string; id: string };

const isRef = (v: unknown): v is { collection: string; id: string } =>
	typeof v === 'object' &&
	v !== null &&
	Object.keys(v).length === 2 &&
	typeof (v as { collection?: unknown }).collection === 'string' &&
	typeof (v as { id?: unknown }).id === 'string';

/** Every `reference()` value in an entry's data, with the dotted field it sits in. */
export function referencesIn(data: unknown, field = ''): { field: string; collection: string; id: string }[] {
	if (isRef(data)) return [{ field, collection: data.collection, id: data.id }];
	if (Array.isArray(data)) return data.flatMap((v) => referencesIn(v, field));
	if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
		return Object.entries(data).flatMap(([k, v]) => referencesIn(v, field ? `${field}.${k}` : k));
	}
	return [];
}

/** The values at a dotted path ("a.b[].c"); missing steps give nothing. */
export function valuesAt(data: unknown, path: string): unknown[] {
	let values: unknown[] = [data];
	for (const step of path.split('.')) {
		const each = step.endsWith('[]');
		const key = each ? step.slice(0, -2) : step;
		values = values.flatMap((v) => {
			const next = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
			if (next === undefined) return [];
			return each ? (Array.isArray(next) ? next : []) : [next];
		});
	}
	return values;
}

/**
 * Every reference that names no entry. `known` holds the ids of each collection; it may hold
 * virtual ones too (the assessment's practices, which live inside the dimensions).
 */
export function danglingReferences(
	entries: ContentEntry[],
	known: ReadonlyMap<string, ReadonlySet<string>>,
	plain: readonly PlainRefField[],
): DanglingRef[] {
	const out: DanglingRef[] = [];
	for (const entry of entries) {
		const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
		const check = (field: string, to: string, id: string) => {
			if (!known.get(to)?.has(id)) out.push({ file, field, to, id });
		};
		for (const ref of referencesIn(entry.data)) check(ref.field, ref.collection, ref.id);
		for (const rule of plain.filter((r) => r.collection === entry.collection)) {
			for (const id of valuesAt(entry.data, rule.field)) if (typeof id === 'string') check(rule.field, rule.to, id);
		}
	}
	return out;
}

export function describeDangling(refs: DanglingRef[]): string {
	return refs.map((r) => `${r.file}: field "${r.field}" points to ${r.to}/${r.id}, which does not exist.`).join('\n');
}
