/** The model changelog's JSON Schema, from the zod schema that validates the changelog's content. */
import { jsonSchemaResponse } from '../../../lib/json-schema';
import { FILES } from '../../../lib/pages';
import { publishedChangelogSchema } from '../../../schemas/model-changelog';

export const GET = (): Response =>
	jsonSchemaResponse(publishedChangelogSchema, 'changelog.schema.json', FILES.changelog.title, FILES.changelog.description);
