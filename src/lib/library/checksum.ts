/** SHA-256 of a file's bytes, as lowercase hex: what `sha256sum` prints, so people can compare. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/** Human-readable size: bytes under 1 KB, otherwise KB or MB with one decimal (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`formatBytes: invalid size ${bytes}`);
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
