/**
 * The result file's JSON Schema, generated at build time from the same zod schema that validates
 * imports, so the published format cannot drift from the code.
 */
import { z } from 'zod';
import { resultFileSchema } from '../../lib/assessment/result-import';

export function GET(): Response {
	const schema = {
		...z.toJSONSchema(resultFileSchema, { target: 'draft-2020-12' }),
		$id: 'result.schema.json',
		title: 'AgentOps assessment result',
		description: 'The file the AgentOps self-assessment results page downloads. answers, context and modelVersion are the source of truth; result and roadmap are derived from them.',
	};
	return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
}
