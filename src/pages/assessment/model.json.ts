/**
 * The assessment model as published data (format in lib/assessment/published-model.ts): exactly
 * what the site scores with. The assessment islands load it; others can build on it.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../content/queries';
import { publishModel } from '../../lib/assessment/published-model';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(publishModel(await getModel())) + '\n', { headers: { 'Content-Type': 'application/json' } });
