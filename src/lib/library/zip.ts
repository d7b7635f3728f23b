/**
 * A minimal, reproducible ZIP writer: STORE only (no compression), a fixed timestamp and entries in
 * the order given, so the same files always give the same bytes and the kit's published checksum
 * stays valid across builds. Text templates are small; compression would save little.
 *
 * Format: PKWARE APPNOTE 6.3 — local file header + data per entry, then the central directory and
 * the end-of-central-directory record. No ZIP64: every kit is far below 4 GB and 65 535 entries.
 */
import { crc32 } from '../crc32';

export type ZipEntry = {
	/** Path inside the archive, with forward slashes, e.g. "validation-gates/.pre-commit-config.yaml". */
	path: string;
	data: Uint8Array;
	/** Mark as executable (mode 755) for scripts, so unzip on Unix restores the bit. */
	executable?: boolean;
};

/** 1980-01-01 00:00:00, the earliest DOS date: fixed so builds are reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 11: file names are UTF-8. */
const FLAG_UTF8 = 0x0800;
/** "Version made by": Unix (3) in the high byte, spec 2.0 in the low byte, so external attributes carry Unix modes. */
const MADE_BY = (3 << 8) | 20;
const NEEDED = 20;

function checkPath(path: string): void {
	if (!path || path.startsWith('/') || path.includes('\\') || path.split('/').some((p) => p === '..' || p === '')) {
		throw new Error(`zip: unsafe or empty entry path "${path}"`);
	}
}

export function zipStore(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const seen = new Set<string>();
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;

	for (const entry of entries) {
		checkPath(entry.path);
		if (seen.has(entry.path)) throw new Error(`zip: duplicate entry "${entry.path}"`);
		seen.add(entry.path);
		const name = encoder.encode(entry.path);
		const crc = crc32(entry.data);
		const size = entry.data.length;
		const mode = entry.executable ? 0o100755 : 0o100644;

		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, NEEDED, true);
		local.setUint16(6, FLAG_UTF8, true);
		local.setUint16(8, 0, true); // method: store
		local.setUint16(10, DOS_TIME, true);
		local.setUint16(12, DOS_DATE, true);
		local.setUint32(14, crc, true);
		local.setUint32(18, size, true);
		local.setUint32(22, size, true);
		local.setUint16(26, name.length, true);
		local.setUint16(28, 0, true);
		locals.push(new Uint8Array(local.buffer), name, entry.data);

		const central = new DataView(new ArrayBuffer(46));
		central.setUint32(0, 0x02014b50, true);
		central.setUint16(4, MADE_BY, true);
		central.setUint16(6, NEEDED, true);
		central.setUint16(8, FLAG_UTF8, true);
		central.setUint16(10, 0, true);
		central.setUint16(12, DOS_TIME, true);
		central.setUint16(14, DOS_DATE, true);
		central.setUint32(16, crc, true);
		central.setUint32(20, size, true);
		central.setUint32(24, size, true);
		central.setUint16(28, name.length, true);
		central.setUint16(30, 0, true); // extra length
		central.setUint16(32, 0, true); // comment length
		central.setUint16(34, 0, true); // disk number
		central.setUint16(36, 0, true); // internal attributes
		central.setUint32(38, (mode << 16) >>> 0, true);
		central.setUint32(42, offset, true);
		centrals.push(new Uint8Array(central.buffer), name);

		offset += 30 + name.length + size;
	}

	const centralSize = centrals.reduce((n, part) => n + part.length, 0);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, entries.length, true);
	end.setUint16(10, entries.length, true);
	end.setUint32(12, centralSize, true);
	end.setUint32(16, offset, true);

	const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
	const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
