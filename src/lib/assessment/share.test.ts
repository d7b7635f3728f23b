import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import { realModel } from '../../../tests/real-model';
import { editShareCode } from '../../../tests/fixtures/share-code';
import { crc32, fromBase64Url, toBase64Url } from './bytes';
import type { PastModel } from './migrations';
import { allPractices } from './model';
import { SCALE_IDS } from '../../schemas/ids';
import { decodeShare, encodeShare, extractCode } from './share';
import type { SharedAssessment } from './shared';

const shared: SharedAssessment = {
	modelVersion: 2,
	createdAt: '2026-03-14T00:00:00.000Z',
	context,
	answers: { a2: 3, a3: 'dont-know', a5: 'not-applicable', b2: 0, b3: 2 },
	targets: { alpha: 4 },
};

describe('base64url', () => {
	it.each([[[]], [[0]], [[255, 254]], [[1, 2, 3]], [[0, 0, 0, 0, 250]]])('round-trips %j', (bytes) => {
		expect([...fromBase64Url(toBase64Url(Uint8Array.from(bytes)))!]).toEqual(bytes);
	});
	it.each(['a', 'ab=', 'a b', '+/', 'AB'])('rejects %j', (text) => expect(fromBase64Url(text)).toBeNull());
	it('crc32 matches the standard check value', () => expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926));
});

describe('share links', () => {
	it('round-trips context, answers, targets and the day', () => {
		const r = decodeShare(encodeShare(model, shared), model);
		expect(r).toEqual({ ok: true, value: shared });
	});
	it('refuses a link dated past the years every other reader accepts (two bytes of days reach 2199)', () => {
		const far = encodeShare(model, { ...shared, createdAt: '2150-06-01T00:00:00.000Z' });
		expect(decodeShare(far, model)).toEqual({ ok: false, problem: 'malformed', detail: 'a date in the year 2150' });
		expect(decodeShare(encodeShare(model, { ...shared, createdAt: '2100-12-31T00:00:00.000Z' }), model).ok).toBe(true);
	});
	it('reads a full link, a fragment, or the bare code', () => {
		const code = encodeShare(model, shared);
		for (const input of [`https://example.org/assessment/shared/#r=${code}`, `#r=${code}`, `r=${code}`, `  ${code}\n`]) {
			expect(decodeShare(input, model).ok).toBe(true);
		}
	});
	it('is compact for the real model with every question answered', async () => {
		const real = await realModel();
		const answers = Object.fromEntries(
			allPractices(real).map(({ practice }, i) => [practice.id, i % real.meta.scales[practice.answerScale].length]),
		);
		const targets = Object.fromEntries(real.dimensions.map((d) => [d.id, 5]));
		const code = encodeShare(real, { ...shared, answers, targets });
		// One nibble per practice: 160 practices and 11 targets fit in well under 200 characters.
		expect(code.length).toBeLessThanOrEqual(
			Math.ceil(((real.dimensions.flatMap((d) => d.practices).length / 2 + real.dimensions.length / 2 + 14) * 4) / 3) + 1,
		);
		expect(code.length).toBeLessThan(200);
		expect(decodeShare(code, real)).toMatchObject({ ok: true, value: { answers, targets } });
	});
	it.each([
		['an empty input', '', 'empty'],
		['a link to another page', 'https://example.org/page', 'not-ours'],
		['another fragment', 'https://example.org/#section-2', 'not-ours'],
		['characters outside base64url', '#r=ab*cd', 'malformed'],
		['an oversized code', `#r=${'A'.repeat(5000)}`, 'too-large'],
	])('refuses %s', (_name, input, problem) => {
		expect(decodeShare(input, model)).toMatchObject({ ok: false, problem });
	});
	it('detects a cut-off link', () => {
		const code = encodeShare(model, shared);
		for (let n = 1; n < code.length - 1; n++) {
			const r = decodeShare(code.slice(0, n), model);
			expect(r.ok).toBe(false);
			expect(['truncated', 'malformed']).toContain((r as { problem: string }).problem);
		}
	});
	it('detects an edited answer through the checksum', () => {
		const code = editShareCode(encodeShare(model, shared), (b) => (b[b.length - 6]! ^= 0x10));
		expect(decodeShare(code, model)).toMatchObject({ ok: false, problem: 'tampered' });
	});
	it('refuses an unknown link format and a newer model version', () => {
		const code = encodeShare(model, shared);
		expect(
			decodeShare(
				editShareCode(code, (b) => (b[0] = 9)),
				model,
			),
		).toMatchObject({ ok: false, problem: 'unknown-format' });
		expect(
			decodeShare(
				editShareCode(code, (b) => (b[2] = 7), true),
				model,
			),
		).toMatchObject({ ok: false, problem: 'newer-model' });
	});
	it('refuses an older model version with no known mapping', () => {
		const v3 = { ...model, meta: { ...model.meta, version: 3 } };
		expect(decodeShare(encodeShare(model, shared), v3)).toMatchObject({ ok: false, problem: 'older-model-unmapped' });
	});
	it('migrates an older model version when the mapping is known', () => {
		// Version 3 renamed a2 to a2-new (which `replaces` it) and dropped b3x.
		const v3 = structuredClone(model);
		v3.meta.version = 3;
		v3.dimensions[0]!.practices[0]! = { ...v3.dimensions[0]!.practices[0]!, id: 'a2-new', replaces: ['a2'] };
		v3.dimensions[1]!.practices = v3.dimensions[1]!.practices.filter((p) => p.id !== 'b3x');
		const past: PastModel[] = [
			{
				version: 2,
				scaleIds: SCALE_IDS,
				dimensionIds: ['alpha', 'beta'],
				practices: allPractices(model).map(({ practice }) => [practice.id, practice.answerScale] as const),
				values: { coverage: [0, 0.25, 0.5, 1], frequency: [0, 0.25, 0.5, 1], fact: [0, 0.5, 1] },
			},
		];
		const code = encodeShare(model, { ...shared, answers: { ...shared.answers, b3x: 1 } });
		const r = decodeShare(code, v3, past);
		expect(r).toMatchObject({
			ok: true,
			migratedFrom: 2,
			migration: { from: 2, dropped: 1 },
			value: { modelVersion: 3, answers: { 'a2-new': 3, a3: 'dont-know' } },
		});
		expect(r.ok && 'b3x' in r.value.answers).toBe(false);
	});
	it('refuses an answer outside its scale even with a valid checksum', () => {
		const code = editShareCode(encodeShare(model, { ...shared, answers: { a2: 3 } }), (b) => (b[10] = 0xf0), true);
		expect(decodeShare(code, model)).toMatchObject({ ok: false, problem: 'invalid-answers' });
	});
	it('extractCode keeps only the r parameter', () => {
		expect(extractCode('https://x.test/a/#r=abc&x=1')).toEqual({ ok: true, value: 'abc' });
	});
});
