/** The result file's JSON Schema, from the same zod schema that validates imports. */
import { jsonSchemaResponse } from '../../lib/json-schema';
import { FILES } from '../../lib/pages';
import { resultFileSchema } from '../../lib/assessment/result-import';

export const GET = (): Response => jsonSchemaResponse(resultFileSchema, 'result.schema.json', FILES.result.title, FILES.result.description);
