/** The model changelog as published data (format in lib/assessment/changelog.ts), newest first. */
import type { APIRoute } from 'astro';
import { getModelChangelog } from '../../../content/queries';
import { publishChangelog } from '../../../lib/assessment/changelog';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(publishChangelog(await getModelChangelog()), null, 2) + '\n', {
		headers: { 'Content-Type': 'application/json' },
	});
