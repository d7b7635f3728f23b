/** The result file's JSON Schema, from the same zod schema that validates imports. */
import { jsonSchemaResponse } from '../../lib/json-schema';
import { resultFileSchema } from '../../lib/assessment/result-import';

export const GET = (): Response =>
	jsonSchemaResponse(
		resultFileSchema,
		'result.schema.json',
		'AgentOps assessment result',
		'The file the AgentOps self-assessment results page downloads. answers, context and modelVersion are the source of truth; result and roadmap are derived from them.',
	);
