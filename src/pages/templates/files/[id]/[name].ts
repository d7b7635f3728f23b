/** Serves each template file as it is in src/templates/files: the bytes the page's checksum describes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTemplates, readTemplateFile } from '../../../../content/library';
import type { FormatId } from '../../../../schemas/library';

const TYPES: Record<FormatId, string> = {
	markdown: 'text/markdown; charset=utf-8',
	yaml: 'application/yaml; charset=utf-8',
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	shell: 'text/x-shellscript; charset=utf-8',
	env: 'text/plain; charset=utf-8',
};

export const getStaticPaths = (async () =>
	(await getTemplates()).flatMap((t) =>
		t.data.files.map((f) => ({ params: { id: t.id, name: f.name }, props: { format: f.format } })),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
	new Response(readTemplateFile(params.id!, params.name!), {
		headers: { 'Content-Type': TYPES[(props as { format: FormatId }).format] },
	});
