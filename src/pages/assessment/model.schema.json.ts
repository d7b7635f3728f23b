/** The published model's JSON Schema, from the zod schemas that validate the model's content. */
import { jsonSchemaResponse } from '../../lib/json-schema';
import { publishedModelSchema } from '../../schemas/assessment';

export const GET = (): Response =>
	jsonSchemaResponse(
		publishedModelSchema,
		'model.schema.json',
		'AgentOps assessment model',
		'The maturity model the AgentOps self-assessment scores with: answer scales and every dimension with its practices, levels, wording per audience, equivalents and dependencies.',
	);
