/**
 * The model as the build publishes it (/assessment/model.json): the islands fetch it instead of
 * carrying 260 KB of questions inline in every assessment page, and others can build on it.
 * Format "agentops-assessment-model", formatVersion 1:
 *   { format, formatVersion: 1, modelVersion, meta: ModelMeta, dimensions: DimensionWithId[] }
 */
import type { Model } from './model';

export const MODEL_FORMAT = 'agentops-assessment-model';

export const publishModel = (model: Model) => ({
	format: MODEL_FORMAT,
	formatVersion: 1,
	modelVersion: model.meta.version,
	meta: model.meta,
	dimensions: model.dimensions,
});

/** The published model read back, or null when the text is not one (a broken or foreign file). */
export function readPublishedModel(json: unknown): Model | null {
	const m = json as Partial<ReturnType<typeof publishModel>> | null;
	if (
		!m ||
		m.format !== MODEL_FORMAT ||
		m.formatVersion !== 1 ||
		!m.meta ||
		!Array.isArray(m.dimensions) ||
		m.meta.version !== m.modelVersion
	)
		return null;
	return { meta: m.meta, dimensions: m.dimensions };
}
