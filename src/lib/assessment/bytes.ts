/** Byte helpers for share links: strict base64url (no padding) and CRC-32. No DOM, no Buffer. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
	}
	return out;
}

/** Null when the text has a character outside base64url or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let value = 0;
	let o = 0;
	for (const ch of text) {
		const v = INDEX.get(ch);
		if (v === undefined) return null;
		value = (value << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (value >> bits) & 0xff;
		}
	}
	// Leftover bits must be zero, so each byte string has exactly one spelling.
	if ((value & ((1 << bits) - 1)) !== 0) return null;
	return out;
}

/** CRC-32 (IEEE): catches accidental damage and casual edits; it is not a signature. */
export { crc32 } from '../crc32';
