/**
 * The published model's JSON Schema, generated at build time from the zod schemas that validate
 * the model's content, so the published format cannot drift from what the site scores with.
 */
import { z } from 'astro/zod';
import { publishedModelSchema } from '../../schemas/assessment';

export function GET(): Response {
	const schema = {
		...z.toJSONSchema(publishedModelSchema, { target: 'draft-2020-12' }),
		$id: 'model.schema.json',
		title: 'AgentOps assessment model',
		description: 'The maturity model the AgentOps self-assessment scores with: answer scales and every dimension with its practices, levels, wording per audience, equivalents and dependencies.',
	};
	return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
}
