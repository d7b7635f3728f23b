/**
 * Share links: an assessment packed into a few dozen bytes and carried in the URL fragment
 * (`#r=…`), which browsers never send to a server, so the results reach no server log.
 *
 * Layout, share format 2 (all integers big-endian):
 *   byte 0        share format (2)
 *   bytes 1–2     model version
 *   byte 3        scale (index into SCALE_IDS)
 *   byte 4        bits 0–1 audience (index into AUDIENCE_IDS), bits 2–4 scopes (chat, tools,
 *                 multi-agent), bits 5–7 zero
 *   bytes 5–6     day the assessment was made, counted from 2020-01-01
 *   byte 7        D, the number of dimensions of that model version
 *   ⌈D/2⌉ bytes   one target per dimension in model order, a nibble each (0 = not set, 1–5)
 *   1 byte        P, the number of practices of that model version
 *   ⌈P/2⌉ bytes   one answer per practice in model order, a nibble each:
 *                 0 unanswered, 1 "don't know", 2 "not applicable", 3 + i option i
 *   4 bytes       CRC-32 of everything before it, so a damaged or edited link is refused
 * Share format 1 (model version 1) had one context byte instead of bytes 3–4: bits 0–1 scale
 * (indexing version 1's four scales), bits 2–3 audience, bits 4–6 scopes, bit 7 zero; it is
 * still read.
 * then base64url without padding. Odd nibble counts end in a zero nibble.
 */
import { AUDIENCE_IDS, SCALE_IDS, SCOPE_IDS } from '../../schemas/ids';
import { isIsoDate } from '../iso-date';
import { crc32, fromBase64Url, toBase64Url } from './bytes';
import { layoutFor, migrateAnswers, PAST_MODELS, type PastModel } from './migrations';
import { answerProblems, type Answer, type Answers, type Model } from './model';
import { fail, type Decoded, type SharedAssessment } from './shared';

export const SHARE_FORMAT = 2;
/** The fragment key: links look like …/assessment/shared/#r=<code>. */
export const SHARE_PARAM = 'r';
/** Far above any real code (about 50 characters); anything longer is refused unread. */
export const MAX_CODE_LENGTH = 400;

const EPOCH = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;

function answerCode(a: Answer | undefined): number {
	if (a === undefined) return 0;
	if (a === 'dont-know') return 1;
	if (a === 'not-applicable') return 2;
	return 3 + a;
}

function packNibbles(values: number[]): number[] {
	const out: number[] = [];
	for (let i = 0; i < values.length; i += 2) out.push((values[i]! << 4) | (values[i + 1] ?? 0));
	return out;
}

function unpackNibbles(bytes: Uint8Array, count: number): number[] {
	const out: number[] = [];
	for (let i = 0; i < count; i++) out.push(i % 2 === 0 ? bytes[i >> 1]! >> 4 : bytes[i >> 1]! & 15);
	return out;
}

export function encodeShare(model: Model, shared: SharedAssessment): string {
	const dims = model.dimensions.map((d) => d.id);
	const practices = model.dimensions.flatMap((d) => d.practices.map((p) => p.id));
	if (practices.length > 255 || dims.length > 255) throw new Error('share links hold at most 255 practices and dimensions');
	const { scale, audience, scopes } = shared.context;
	const scopeBits = SCOPE_IDS.reduce((bits, s, i) => (scopes.includes(s) ? bits | (1 << i) : bits), 0);
	const day = Math.max(0, Math.min(0xffff, Math.floor((Date.parse(shared.createdAt) - EPOCH) / DAY) || 0));
	const body = [
		SHARE_FORMAT,
		model.meta.version >> 8,
		model.meta.version & 0xff,
		SCALE_IDS.indexOf(scale),
		AUDIENCE_IDS.indexOf(audience) | (scopeBits << 2),
		day >> 8,
		day & 0xff,
		dims.length,
		...packNibbles(dims.map((id) => shared.targets[id] ?? 0)),
		practices.length,
		...packNibbles(practices.map((id) => answerCode(shared.answers[id]))),
	];
	const crc = crc32(Uint8Array.from(body));
	return toBase64Url(Uint8Array.from([...body, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]));
}

/** The part of a pasted link or text that is the code: accepts a full link, "#r=…", "r=…" or the bare code. */
export function extractCode(input: string): Decoded<string> {
	const text = input.trim();
	if (text === '') return fail('empty', 'nothing to read');
	if (text.length > MAX_CODE_LENGTH + 2000) return fail('too-large', `${text.length} characters`);
	const hash = text.indexOf('#');
	const fragment = hash >= 0 ? text.slice(hash + 1) : /^[a-z][a-z0-9+.-]*:/i.test(text) ? null : text;
	if (fragment === null) return fail('not-ours', 'a link without a results part (#r=…)');
	// After a "#" only the r parameter counts; without one, the whole text may be the bare code.
	const code = hash >= 0 || fragment.includes('=') ? new URLSearchParams(fragment).get(SHARE_PARAM) : fragment;
	if (code === null) return fail('not-ours', 'the link has no results part (#r=…)');
	// Text that is neither a link nor a plausible bare code (spaces, punctuation) is something else entirely.
	if (hash < 0 && !fragment.includes('=') && !/^[A-Za-z0-9_-]+$/.test(code)) return fail('not-ours', 'text that is not a results link');
	if (code.length > MAX_CODE_LENGTH) return fail('too-large', `${code.length} characters`);
	return { ok: true, value: code };
}

/** Scale, audience and scopes from a link's context byte(s), or null when they are not valid. */
function readContext(bytes: Uint8Array, format: number, scaleIds: readonly string[]): SharedAssessment['context'] | null {
	const [scaleIndex, bits, spare] =
		format === 1 ? [bytes[3]! & 3, bytes[3]! >> 2, bytes[3]! & 0x80] : [bytes[3]!, bytes[4]!, bytes[4]! & 0xe0];
	const scopes = SCOPE_IDS.filter((_, i) => bits & (1 << (2 + i)));
	const scale = SCALE_IDS.find((id) => id === scaleIds[scaleIndex]);
	if (spare || scopes.length === 0 || !scale) return null;
	return { scale, audience: AUDIENCE_IDS[bits & 3]!, scopes };
}

export function decodeShare(input: string, model: Model, past: PastModel[] = PAST_MODELS): Decoded<SharedAssessment> {
	const extracted = extractCode(input);
	if (!extracted.ok) return extracted;
	if (!/^[A-Za-z0-9_-]*$/.test(extracted.value)) return fail('malformed', 'characters that cannot be part of a results link');
	const bytes = fromBase64Url(extracted.value);
	// Only valid characters but an impossible length: the end of the link is missing.
	if (!bytes) return fail('truncated', `${extracted.value.length} characters`);
	if (bytes.length < 3) return fail('truncated', `${bytes.length} bytes`);
	const format = bytes[0]!;
	if (format !== SHARE_FORMAT && format !== 1) return fail('unknown-format', `link format ${format}`);
	// Format 1 had one context byte where format 2 has two: everything after it sits one byte earlier.
	const shift = format === 1 ? 0 : 1;
	if (bytes.length < 8 + shift) return fail('truncated', `${bytes.length} bytes`);
	const dimCount = bytes[6 + shift]!;
	const practiceAt = 7 + shift + Math.ceil(dimCount / 2);
	if (bytes.length <= practiceAt) return fail('truncated', `${bytes.length} bytes`);
	const practiceCount = bytes[practiceAt]!;
	const expected = practiceAt + 1 + Math.ceil(practiceCount / 2) + 4;
	if (bytes.length < expected) return fail('truncated', `${bytes.length} of ${expected} bytes`);
	if (bytes.length > expected) return fail('malformed', `${bytes.length - expected} bytes too many`);
	const body = bytes.subarray(0, expected - 4);
	const stored = ((bytes[expected - 4]! << 24) | (bytes[expected - 3]! << 16) | (bytes[expected - 2]! << 8) | bytes[expected - 1]!) >>> 0;
	if (crc32(body) !== stored) return fail('tampered', 'the checksum does not match');

	const version = (bytes[1]! << 8) | bytes[2]!;
	const layout = layoutFor(version, model, past);
	if ('problem' in layout) return fail(layout.problem, layout.detail);
	if (layout.dimensionIds.length !== dimCount || layout.practiceIds.length !== practiceCount) {
		return fail('invalid-answers', `${practiceCount} answers for a model with ${layout.practiceIds.length} questions`);
	}

	const context = readContext(bytes, format, layout.scaleIds ?? SCALE_IDS);
	if (!context) return fail('malformed', 'the context part is not valid');

	const targetNibbles = unpackNibbles(bytes.subarray(7 + shift, practiceAt), dimCount + (dimCount % 2));
	if (targetNibbles.some((t) => t > 5) || (dimCount % 2 === 1 && targetNibbles[dimCount] !== 0))
		return fail('malformed', 'a target outside 1–5');
	const targets = Object.fromEntries(layout.dimensionIds.flatMap((id, i) => (targetNibbles[i] ? [[id, targetNibbles[i]!]] : [])));

	const codes = unpackNibbles(bytes.subarray(practiceAt + 1, expected - 4), practiceCount + (practiceCount % 2));
	if (practiceCount % 2 === 1 && codes[practiceCount] !== 0) return fail('malformed', 'stray data after the last answer');
	const raw: Answers = {};
	layout.practiceIds.forEach((id, i) => {
		const c = codes[i]!;
		if (c === 1) raw[id] = 'dont-know';
		else if (c === 2) raw[id] = 'not-applicable';
		else if (c >= 3) raw[id] = c - 3;
	});
	const migrated = migrateAnswers(version, raw, model, past);
	if ('problem' in migrated) return fail(migrated.problem, migrated.detail);
	const problems = answerProblems(model, migrated.answers);
	if (problems.length) return fail('invalid-answers', problems.slice(0, 3).join('; '));

	const createdAt = new Date(EPOCH + ((bytes[4 + shift]! << 8) | bytes[5 + shift]!) * DAY).toISOString();
	// Two bytes of days reach 2199; every other reader of dates stops at the same year as this one.
	const year = createdAt.slice(0, 4);
	if (!isIsoDate(createdAt)) return fail('malformed', `a date in the year ${year}`);
	const value: SharedAssessment = { modelVersion: model.meta.version, createdAt, context, answers: migrated.answers, targets };
	return migrated.report ? { ok: true, value, migratedFrom: version, migration: migrated.report } : { ok: true, value };
}
