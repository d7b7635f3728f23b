/**
 * The assessment model as published data: version, answer scales and every dimension with its
 * practices, exactly what the site scores with. Others can build on it; the e2e tests answer the
 * assessment from it.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../content/queries';

export const MODEL_FORMAT = 'agentops-assessment-model';

export const GET: APIRoute = async () => {
	const model = await getModel();
	const body = { format: MODEL_FORMAT, modelVersion: model.meta.version, meta: model.meta, dimensions: model.dimensions };
	return new Response(JSON.stringify(body, null, 1) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
