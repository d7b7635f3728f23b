/**
 * Loads the content collections straight from src/content for tests, validating every entry with
 * the same zod schemas the build uses. Throws with the file named on the first invalid entry.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { dimensionSchema, modelMetaSchema } from '../src/schemas/assessment';
import type { Model } from '../src/lib/assessment/model';

export const CONTENT = join(import.meta.dirname, '..', 'src', 'content');

export type Entry<T> = { id: string; file: string; data: T; body: string };

/** Split a Markdown file into YAML frontmatter and body. */
export function splitFrontmatter(text: string, file: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter`);
	return { data: parse(match[1]!), body: match[2]! };
}

export function loadDir<S extends z.ZodType>(dir: string, schema: S): Entry<z.infer<S>>[] {
	const full = join(CONTENT, dir);
	if (!existsSync(full)) return [];
	return readdirSync(full)
		.filter((f) => /\.(md|mdx|ya?ml)$/.test(f))
		.sort()
		.map((f) => {
			const file = join(full, f);
			const text = readFileSync(file, 'utf8');
			const { data, body } = /\.ya?ml$/.test(f) ? { data: parse(text), body: '' } : splitFrontmatter(text, file);
			const parsed = schema.safeParse(data);
			if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
			return { id: basename(f, extname(f)), file, data: parsed.data, body };
		});
}

/** The real assessment model, as the site builds it. */
export function loadModel(): Model {
	const metaList = parse(readFileSync(join(CONTENT, 'assessment', 'model.yaml'), 'utf8')) as { id: string }[];
	const metaEntry = metaList.find((m) => m.id === 'current');
	if (!metaEntry) throw new Error('model.yaml: no entry with id "current"');
	const meta = modelMetaSchema.parse(metaEntry);
	const dimensions = loadDir('assessment/dimensions', dimensionSchema)
		.map((e) => ({ id: e.id, ...e.data }))
		.sort((a, b) => a.order - b.order);
	return { meta, dimensions };
}
