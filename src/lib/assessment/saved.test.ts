import { describe, expect, it } from 'vitest';
import { model } from '../../../tests/fixtures/model';
import { emptyState } from './saved';
import { parseSaved } from './saved-reader';

const good = { ...emptyState(model, new Date('2026-01-01T00:00:00Z')), answers: { a2: 3, b2: 'dont-know' } };

describe('parseSaved', () => {
	it('reads nothing as empty', () => {
		expect(parseSaved(null, model)).toEqual({ kind: 'empty' });
	});
	it('reads a valid state', () => {
		expect(parseSaved(JSON.stringify(good), model)).toEqual({ kind: 'ok', state: good });
	});
	it.each([
		['not JSON', '{"format":1,', 'corrupt'],
		['JSON of the wrong shape', JSON.stringify({ format: 1, answers: 'x' }), 'corrupt'],
		['a bare number', '42', 'corrupt'],
		['null', 'null', 'corrupt'],
		['an unknown storage format', JSON.stringify({ ...good, format: 7 }), 'unknown-format'],
		['another model version', JSON.stringify({ ...good, modelVersion: 99 }), 'other-model-version'],
		['an unknown practice', JSON.stringify({ ...good, answers: { nope: 1 } }), 'invalid-answers'],
		['an option out of range', JSON.stringify({ ...good, answers: { a2: 8 } }), 'invalid-answers'],
	])('reports %s as a problem and keeps the raw text', (_name, raw, problem) => {
		const r = parseSaved(raw, model);
		expect(r).toMatchObject({ kind: 'problem', problem, raw });
	});
});
