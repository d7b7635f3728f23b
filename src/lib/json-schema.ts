/**
 * A published JSON Schema, generated from the zod schema the site itself reads the format with,
 * so the document others validate against cannot drift from the code.
 */
import { z } from 'zod';
import type { $ZodType } from 'zod/v4/core';

export function jsonSchemaResponse(schema: $ZodType, id: string, title: string, description: string): Response {
	const document = { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), $id: id, title, description };
	return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
}
