import { describe, expect, it } from 'vitest';
import { model } from '../../../tests/fixtures/model';
import { parseQuick } from './quick-saved';

const ok = { format: 1, modelVersion: 2, audience: 'families', answers: { alpha: 3, beta: null }, updatedAt: '2026-12-02T10:00:00.000Z' };

describe('parseQuick', () => {
	it('reads a saved quick check back', () => {
		expect(parseQuick(JSON.stringify(ok), model)).toEqual({ kind: 'ok', saved: ok });
	});
	it('is empty when nothing was saved', () => expect(parseQuick(null, model)).toEqual({ kind: 'empty' }));
	it('drops dimensions the model no longer has, and keeps the rest', () => {
		expect(parseQuick(JSON.stringify({ ...ok, answers: { alpha: 2, gone: 4 } }), model)).toMatchObject({
			kind: 'ok',
			saved: { answers: { alpha: 2 } },
		});
	});
	it.each([
		['not JSON', '{"format":1,'],
		['another format', JSON.stringify({ ...ok, format: 2 })],
		['an unknown audience', JSON.stringify({ ...ok, audience: 'aliens' })],
		['a level outside 1–5', JSON.stringify({ ...ok, answers: { alpha: 7 } })],
		['a bad date', JSON.stringify({ ...ok, updatedAt: 'Approved by the CISO 2026' })],
		['an array of answers', JSON.stringify({ ...ok, answers: [3] })],
	])('reports %s as a problem instead of throwing', (_name, raw) => {
		expect(parseQuick(raw, model).kind).toBe('problem');
	});
});
