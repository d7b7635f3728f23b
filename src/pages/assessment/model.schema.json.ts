/** The published model's JSON Schema, from the zod schemas that validate the model's content. */
import { jsonSchemaResponse } from '../../lib/json-schema';
import { FILES } from '../../lib/pages';
import { publishedModelSchema } from '../../schemas/assessment';

export const GET = (): Response =>
	jsonSchemaResponse(publishedModelSchema, 'model.schema.json', FILES.model.title, FILES.model.description);
