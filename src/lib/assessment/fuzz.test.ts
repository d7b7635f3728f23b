/**
 * Fuzzing every decoder of outside input (share links, result files, stored history, pasted
 * text): thousands of generated inputs, none may throw, and each must give either a valid
 * assessment or a problem from the known list.
 */
import fc from 'fast-check';
import { AUDIENCE_IDS, SCALE_IDS } from '../../schemas/ids';
import { describe, expect, it, vi } from 'vitest';
import { model } from '../../../tests/fixtures/model';
import { crc32, fromBase64Url, toBase64Url } from './bytes';
import { parseHistory } from './history-reader';
import { decodeInput } from './readers';
import { INPUT_PROBLEM_TEXT } from './messages';
import { buildResultFile } from './result-file';
import { decodeResultFile } from './result-import';
import { decodeShare, encodeShare } from './share';
import type { Decoded, SharedAssessment } from './shared';

const PROBLEMS = Object.keys(INPUT_PROBLEM_TEXT);
// 300 inputs per property in `npm test`; `npm run test:full` sets FUZZ_RUNS=20000. No time limit:
// how long a run takes depends on the machine, never whether it passes.
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };
vi.setConfig({ testTimeout: 0 });

function wellFormed(r: Decoded<SharedAssessment>): boolean {
	if (!r.ok) return PROBLEMS.includes(r.problem) && typeof r.detail === 'string' && r.detail.length > 0;
	return r.value.modelVersion === model.meta.version && !Number.isNaN(Date.parse(r.value.createdAt));
}

const practices = model.dimensions.flatMap((d) => d.practices);
/** Some practices, each with an answer its own scale can hold. */
const answers = fc
	.subarray(practices)
	.chain((chosen) =>
		fc
			.tuple(
				...chosen.map((p) =>
					fc.oneof(
						fc.integer({ min: 0, max: model.meta.scales[p.answerScale].length - 1 }),
						fc.constant('dont-know' as const),
						fc.constant('not-applicable' as const),
					),
				),
			)
			.map((list) => Object.fromEntries(chosen.map((p, i) => [p.id, list[i]!]))),
	);
const assessment = fc.record({
	modelVersion: fc.constant(model.meta.version),
	createdAt: fc.integer({ min: 0, max: 20000 }).map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString()),
	context: fc.record({
		scale: fc.constantFrom(...SCALE_IDS),
		audience: fc.constantFrom(...AUDIENCE_IDS),
		scopes: fc.subarray(['chat', 'tools', 'multi-agent'] as const, { minLength: 1 }).map((s) => [...s]),
	}),
	answers,
	targets: fc.dictionary(fc.constantFrom('alpha', 'beta'), fc.integer({ min: 1, max: 5 })),
}) as fc.Arbitrary<SharedAssessment>;

describe('share link decoder', () => {
	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => wellFormed(decodeShare(s, model))),
			RUNS,
		);
	});
	it('never throws on arbitrary bytes in base64url', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 80 }), (b) => wellFormed(decodeShare(toBase64Url(b), model))),
			RUNS,
		);
	});
	it('never throws on arbitrary bytes with a correct checksum (valid or clearly refused)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), (body) => {
				const c = crc32(body);
				const code = toBase64Url(Uint8Array.from([...body, c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255]));
				return wellFormed(decodeShare(code, model));
			}),
			RUNS,
		);
	});
	it('round-trips every valid assessment exactly (day precision)', () => {
		fc.assert(
			fc.property(assessment, (a) => {
				const r = decodeShare(encodeShare(model, a), model);
				expect(r).toEqual({ ok: true, value: a });
			}),
			RUNS,
		);
	});
	it('refuses every single-byte change and every cut', () => {
		fc.assert(
			fc.property(assessment, fc.nat(), fc.integer({ min: 1, max: 255 }), (a, at, xor) => {
				const bytes = fromBase64Url(encodeShare(model, a))!;
				bytes[at % bytes.length]! ^= xor;
				const changed = decodeShare(toBase64Url(bytes), model);
				const code = encodeShare(model, a);
				const cut = decodeShare(code.slice(0, at % code.length), model);
				return !changed.ok && wellFormed(changed) && !cut.ok && wellFormed(cut);
			}),
			RUNS,
		);
	});
});

describe('result file decoder', () => {
	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => wellFormed(decodeResultFile(s, model))),
			RUNS,
		);
	});
	it('never throws on arbitrary JSON', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (j) => wellFormed(decodeResultFile(JSON.stringify(j), model))),
			RUNS,
		);
	});
	it('never throws on result files with a field replaced by anything', () => {
		fc.assert(
			fc.property(
				assessment,
				fc.constantFrom('context', 'answers', 'targets', 'result', 'roadmap', 'modelVersion', 'createdAt'),
				fc.jsonValue(),
				(a, key, value) => {
					const file = { ...buildResultFile(model, a.context, a.answers, a.targets), [key]: value };
					return wellFormed(decodeResultFile(JSON.stringify(file), model));
				},
			),
			RUNS,
		);
	});
	it('round-trips every valid assessment and refuses every cut', () => {
		fc.assert(
			fc.property(assessment, fc.nat(), (a, at) => {
				const text = JSON.stringify(buildResultFile(model, a.context, a.answers, a.targets, { now: new Date(a.createdAt) }));
				const r = decodeResultFile(text, model);
				const cut = decodeResultFile(text.slice(0, at % text.length), model);
				return r.ok && JSON.stringify(r.value.answers) === JSON.stringify(a.answers) && !cut.ok && wellFormed(cut);
			}),
			RUNS,
		);
	});
});

describe('other decoders', () => {
	it('pasted input never throws', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.jsonValue().map((j) => JSON.stringify(j)),
				),
				(s) => wellFormed(decodeInput(s, model)),
			),
			RUNS,
		);
	});
	it('stored history never throws and keeps the raw text on a problem', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.jsonValue().map((j) => JSON.stringify(j)),
				),
				(s) => {
					const r = parseHistory(s);
					return r.kind === 'ok' || (PROBLEMS.includes(r.problem) && r.raw === s);
				},
			),
			RUNS,
		);
	});
});
