/**
 * The assessment model read from a clone's content files, validated by the same zod schemas the
 * build uses (src/schemas/assessment.ts), so the command line needs no build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildModel, type Model } from '../lib/assessment/model';
import { dimensionSchema, modelMetaSchema } from '../schemas/assessment';

/** The model under `<root>/src/content/assessment/`; throws with the file named when one does not validate. */
export function loadModel(root: string): Model {
	const dir = join(root, 'src/content/assessment');
	const metaFile = join(dir, 'model.yaml');
	const entries = parse(readFileSync(metaFile, 'utf8')) as { id?: string }[];
	const current = Array.isArray(entries) ? entries.find((e) => e?.id === 'current') : undefined;
	if (!current) throw new Error(`${metaFile}: no entry with id "current"`);
	const { id: _id, ...metaData } = current;
	const meta = modelMetaSchema.safeParse(metaData);
	if (!meta.success) throw new Error(`${metaFile}: ${meta.error.message}`);
	const dimensions = readdirSync(join(dir, 'dimensions'))
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const file = join(dir, 'dimensions', f);
			const data = dimensionSchema.safeParse(parse(readFileSync(file, 'utf8')));
			if (!data.success) throw new Error(`${file}: ${data.error.message}`);
			return { id: f.replace(/\.yaml$/, ''), data: data.data };
		});
	return buildModel(meta.data, dimensions);
}
