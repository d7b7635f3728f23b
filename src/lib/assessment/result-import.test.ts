import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import { buildResultFile } from './result-file';
import { decodeResultFile } from './result-import';
import { allPractices } from './model';
import { SCALE_IDS } from '../../schemas/ids';

const answers = { a2: 3, a3: 2, b2: 3, b3: 'dont-know' as const };
const file = buildResultFile(model, context, answers, { alpha: 4 }, { now: new Date('2026-02-01T10:00:00Z') });
const text = JSON.stringify(file, null, 2);

describe('decodeResultFile', () => {
	it('carries the optional name or role, cleaned; files without one read as before (no new format version)', () => {
		const named = buildResultFile(
			model,
			context,
			answers,
			{ alpha: 4 },
			{ now: new Date('2026-02-01T10:00:00Z'), respondent: '  Tech \n lead ' },
		);
		expect(named).toMatchObject({ formatVersion: 1, respondent: 'Tech lead' });
		expect(decodeResultFile(JSON.stringify(named), model)).toMatchObject({ ok: true, value: { respondent: 'Tech lead' } });
		expect(buildResultFile(model, context, answers, {}, { respondent: '   ' })).not.toHaveProperty('respondent');
		expect(file).not.toHaveProperty('respondent');
	});
	it('reads a downloaded result file back', () => {
		expect(decodeResultFile(text, model)).toEqual({
			ok: true,
			value: { modelVersion: 2, createdAt: '2026-02-01T10:00:00.000Z', context, answers, targets: file.targets },
		});
	});
	it.each([
		['an empty file', '', 'empty'],
		['a cut-off file', text.slice(0, text.length / 2), 'truncated'],
		['plain text', 'hello, world', 'not-ours'],
		['some other JSON', JSON.stringify({ name: 'package', version: '1.0.0' }), 'not-ours'],
		['a JSON array', '[1,2,3]', 'not-ours'],
		['an unknown format version', JSON.stringify({ ...file, formatVersion: 2 }), 'unknown-format'],
		['a missing field', JSON.stringify({ ...file, context: undefined }), 'malformed'],
		['a bad date', JSON.stringify({ ...file, createdAt: 'yesterday' }), 'malformed'],
		['a newer model', JSON.stringify({ ...file, modelVersion: 5 }), 'newer-model'],
		['an unknown practice', JSON.stringify({ ...file, answers: { ...answers, zzz: 1 } }), 'invalid-answers'],
		[
			'an edited level',
			JSON.stringify({ ...file, result: { ...file.result, dimensions: file.result.dimensions.map((d) => ({ ...d, level: 5 })) } }),
			'tampered',
		],
		['an oversized file', ' '.repeat(1_000_001) + '{}', 'too-large'],
		['a name of 61 characters', JSON.stringify({ ...file, respondent: 'x'.repeat(61) }), 'malformed'],
		['an empty name', JSON.stringify({ ...file, respondent: '' }), 'malformed'],
		['a name with control characters', JSON.stringify({ ...file, respondent: 'Ana\u0007' }), 'malformed'],
	])('refuses %s with a named problem', (_name, input, problem) => {
		expect(decodeResultFile(input, model)).toMatchObject({ ok: false, problem });
	});
	it('refuses an older model version with no known mapping', () => {
		const v3 = { ...model, meta: { ...model.meta, version: 3 } };
		expect(decodeResultFile(text, v3)).toMatchObject({
			ok: false,
			problem: 'older-model-unmapped',
			detail: expect.stringContaining('model version 2'),
		});
	});
	it('migrates an older model version with a known mapping, without checking its old levels', () => {
		const v3 = structuredClone(model);
		v3.meta.version = 3;
		v3.dimensions[0]!.practices[2]! = { ...v3.dimensions[0]!.practices[2]!, id: 'a3-renamed', replaces: ['a3'] };
		const past = [
			{
				version: 2,
				scaleIds: SCALE_IDS,
				dimensionIds: ['alpha', 'beta'],
				practices: allPractices(model).map(({ practice }) => [practice.id, practice.answerScale] as const),
				values: { coverage: [0, 0.25, 0.5, 1], frequency: [0, 0.25, 0.5, 1], fact: [0, 0.5, 1] },
			},
		];
		expect(decodeResultFile(text, v3, past)).toMatchObject({ ok: true, migratedFrom: 2, value: { answers: { a2: 3, 'a3-renamed': 2 } } });
	});
});
