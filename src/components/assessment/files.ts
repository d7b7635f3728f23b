/**
 * Files in and out of the assessment islands. Reading files the person chose or dropped, in the
 * browser: oversized files are not even read. Making files: the builders load on the first
 * download (lib/assessment/exports.ts), not with the page.
 */
import { MAX_FILE_CHARS, tooLargeDetail } from '../../lib/assessment/json-text';

export type PickedFile = { name: string; text: string } | { name: string; tooLarge: true; detail: string };

export async function readTextFiles(files: FileList | File[] | null | undefined): Promise<PickedFile[]> {
	return Promise.all(
		[...(files ?? [])].map(async (f): Promise<PickedFile> =>
			f.size > MAX_FILE_CHARS * 4
				? { name: f.name, tooLarge: true, detail: tooLargeDetail(f.size) }
				: { name: f.name, text: await f.text() },
		),
	);
}

/** The site's absolute URL for a path, for exports read outside the site. */
export const absolute = (path: string) => new URL(path, location.origin).href;

/** The export builders, loaded on first use. */
export const exporters = () => import('../../lib/assessment/exports');
