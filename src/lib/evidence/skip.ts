/**
 * What the scan leaves alone, as pure functions, so the browser worker can decide before reading
 * a file and the command line decides the same way.
 * - Folders of installed or generated code (node_modules, .git, virtual environments, build
 *   output) are ignored whole: they hold other projects' files, not this team's practices.
 * - Files over the size limit, and binaries, are not read; their paths still count for rules that
 *   look at the path alone (a 2 MB package-lock.json is still a lockfile).
 */
import type { SkipReason } from './types';

/** Files larger than this are not read (bytes). Configuration files are small; this keeps a scan fast. */
export const MAX_TEXT_BYTES = 512 * 1024;

/** Folder names ignored wherever they appear in a path. */
export const IGNORED_FOLDERS = [
	'node_modules',
	'.git',
	'.hg',
	'.svn',
	'.venv',
	'venv',
	'__pycache__',
	'.tox',
	'.mypy_cache',
	'.pytest_cache',
	'.next',
	'.nuxt',
	'.astro',
	'.cache',
	'dist',
	'build',
	'target',
	'vendor',
	'coverage',
] as const;

const ignored = new Set<string>(IGNORED_FOLDERS);

/** File endings that are never text worth reading. */
const BINARY_ENDINGS =
	/\.(png|jpe?g|gif|webp|avif|ico|bmp|tiff?|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|class|exe|dll|so|dylib|a|o|bin|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|webm|ogg|wav|flac|sqlite3?|db|pyc|lockb|parquet|onnx|safetensors|pt|gguf)$/i;

/** A path normalised to forward slashes without a leading "./" or "/". */
export const normalisePath = (path: string): string =>
	path
		.replace(/\\/g, '/')
		.replace(/^(\.\/)+/, '')
		.replace(/^\/+/, '');

/** True when a folder of the path is one the scan ignores whole. */
export function isIgnoredPath(path: string): boolean {
	const parts = normalisePath(path).split('/');
	parts.pop();
	return parts.some((p) => ignored.has(p));
}

/** Why a file's text will not be read, or null when it will. */
export function skipReason(path: string, size: number, limit = MAX_TEXT_BYTES): SkipReason | null {
	if (isIgnoredPath(path)) return 'ignored-folder';
	if (BINARY_ENDINGS.test(path)) return 'binary';
	if (size > limit) return 'too-large';
	return null;
}

/** Whether to read a file's text at all (the worker asks before reading). */
export const shouldReadText = (path: string, size: number, limit = MAX_TEXT_BYTES): boolean => skipReason(path, size, limit) === null;

/** Text that holds a NUL character in its first 8 KB is a binary read as text. */
export const looksBinary = (text: string): boolean => text.slice(0, 8192).includes('\u0000');
