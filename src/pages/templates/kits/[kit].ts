/** Serves each starter kit zip, built reproducibly from the template files (see src/lib/library/kits.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKits } from '../../../content/library';

export const getStaticPaths = (async () => {
	const kits = await getKits();
	return kits.map((kit) => ({ params: { kit: kit.fileName }, props: { bytes: kit.bytes } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response((props as { bytes: Uint8Array<ArrayBuffer> }).bytes, { headers: { 'Content-Type': 'application/zip' } });
