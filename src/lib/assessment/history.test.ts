import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import { addSnapshot, deleteSnapshot, emptyHistory, MAX_SNAPSHOTS, mergeHistory, renameSnapshot, snapshotAssessment } from './history';
import { parseHistory } from './history-reader';
import type { SharedAssessment } from './shared';
import { MAX_FILE_CHARS } from './json-text';
import { realModel } from '../../../tests/real-model';

const a: SharedAssessment = { modelVersion: 2, createdAt: '2026-01-05T09:00:00.000Z', context, answers: { a2: 3 }, targets: { alpha: 3 } };
const b: SharedAssessment = { ...a, createdAt: '2026-04-05T09:00:00.000Z', answers: { a2: 3, a3: 3 } };

describe('history', () => {
	it('adds snapshots and does not duplicate the same answers', () => {
		let h = addSnapshot(emptyHistory(), a, 's1', 'Q1').history;
		const again = addSnapshot(h, { ...a, targets: { alpha: 4 } }, 's2', 'again');
		expect(again.added).toBe(false);
		expect(again.history.snapshots).toHaveLength(1);
		expect(again.history.snapshots[0]!.targets).toEqual({ alpha: 4 });
		h = addSnapshot(again.history, b, 's3', 'Q2').history;
		expect(h.snapshots.map((s) => s.id)).toEqual(['s1', 's3']);
	});
	it('renames, deletes and round-trips through storage text', () => {
		let h = addSnapshot(addSnapshot(emptyHistory(), a, 's1', 'Q1').history, b, 's2', 'Q2').history;
		h = renameSnapshot(h, 's1', '  First quarter  ');
		expect(h.snapshots[0]!.name).toBe('First quarter');
		expect(renameSnapshot(h, 's1', '   ').snapshots[0]!.name).toBe('First quarter');
		h = deleteSnapshot(h, 's2');
		expect(parseHistory(JSON.stringify(h))).toEqual({ kind: 'ok', history: h });
	});
	it('reads nothing as an empty history', () => expect(parseHistory(null)).toEqual({ kind: 'ok', history: emptyHistory() }));
	it.each([
		['not JSON', '{"format":', 'truncated'],
		['the wrong shape', JSON.stringify({ format: 'agentops-assessment-history', formatVersion: 1, snapshots: 'x' }), 'malformed'],
		['another format', JSON.stringify({ format: 'x' }), 'malformed'],
		[
			'a newer format version',
			JSON.stringify({ format: 'agentops-assessment-history', formatVersion: 3, snapshots: [] }),
			'unknown-format',
		],
	])('reports %s as a problem and keeps the raw text', (_n, raw, problem) => {
		expect(parseHistory(raw)).toMatchObject({ kind: 'problem', problem, raw });
	});
	it('refuses duplicate snapshot ids', () => {
		const h = addSnapshot(emptyHistory(), a, 's1', 'Q1').history;
		const twice = { ...h, snapshots: [h.snapshots[0], h.snapshots[0]] };
		expect(parseHistory(JSON.stringify(twice))).toMatchObject({ kind: 'problem', problem: 'malformed' });
	});
	it('merges imports by id, in date order', () => {
		const mine = addSnapshot(emptyHistory(), b, 's2', 'Q2').history;
		const theirs = addSnapshot(addSnapshot(emptyHistory(), a, 's1', 'Q1').history, b, 's2', 'Q2').history;
		const m = mergeHistory(mine, theirs);
		expect([m.added, m.skipped, m.full]).toEqual([1, 1, false]);
		expect(m.history.snapshots.map((s) => s.id)).toEqual(['s1', 's2']);
	});
	it('keeps a snapshot from an unreadable model version but marks it', () => {
		const h = addSnapshot(emptyHistory(), { ...a, modelVersion: 9 }, 's9', 'future');
		expect(snapshotAssessment(h.history.snapshots[0]!, model)).toMatchObject({ ok: false, problem: 'newer-model' });
		expect(snapshotAssessment(addSnapshot(emptyHistory(), a, 's1', 'x').history.snapshots[0]!, model)).toMatchObject({
			ok: true,
			value: a,
		});
	});
});

describe('history limits and duplicates', () => {
	it('imports the same result twice as one snapshot, whatever id it gets', () => {
		const once = addSnapshot(emptyHistory(), a, 's1', 'Q1').history;
		const again = mergeHistory(once, addSnapshot(emptyHistory(), a, 'other-id', 'Q1').history);
		expect(again).toMatchObject({ added: 0, skipped: 1 });
		expect(addSnapshot(addSnapshot(once, b, 's2', 'Q2').history, a, 's3', 'Q1 again')).toMatchObject({ added: false, id: 's1' });
	});
	it('refuses a snapshot when the history is full instead of dropping the oldest', () => {
		const full = {
			...emptyHistory(),
			snapshots: Array.from({ length: MAX_SNAPSHOTS }, (_, i) => ({
				...addSnapshot(emptyHistory(), { ...a, answers: { a2: i % 4 } }, `s${i}`, `n${i}`).history.snapshots[0]!,
				createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
			})),
		};
		const r = addSnapshot(full, b, 'new', 'Q2');
		expect(r).toMatchObject({ added: false, full: true });
		expect(r.history.snapshots).toHaveLength(MAX_SNAPSHOTS);
		expect(r.history.snapshots[0]!.id).toBe('s0');
	});
	it('is full by size before a count would let it outgrow its own read limit, so what it keeps it can open', async () => {
		const real = await realModel();
		const answers = Object.fromEntries(real.dimensions.flatMap((d) => d.practices.map((p) => [p.id, 'dont-know' as const])));
		let h = emptyHistory();
		let full = false;
		for (let i = 0; !full && i < MAX_SNAPSHOTS; i++) {
			const r = addSnapshot(
				h,
				{ ...a, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), answers: { ...answers, [`x${i}`]: 1 } },
				`s${i}`,
				`Run ${i}`,
			);
			full = !!r.full;
			h = r.history;
		}
		expect(full).toBe(true);
		expect(h.snapshots.length).toBeLessThan(MAX_SNAPSHOTS);
		expect(JSON.stringify(h).length).toBeLessThanOrEqual(MAX_FILE_CHARS);
		expect(parseHistory(JSON.stringify(h)).kind).toBe('ok');
		const late = addSnapshot(emptyHistory(), { ...a, createdAt: '2027-01-01T00:00:00.000Z', answers }, 'late', 'late').history;
		expect(mergeHistory(h, late)).toMatchObject({ full: true, added: 0 });
	});
	it('reads only ISO 8601 dates in snapshots, as they are written', () => {
		const h = addSnapshot(emptyHistory(), a, 's1', 'Q1').history;
		const odd = { ...h, snapshots: [{ ...h.snapshots[0]!, createdAt: 'Approved by the CISO 2026' }] };
		expect(parseHistory(JSON.stringify(odd))).toMatchObject({ kind: 'problem', problem: 'malformed' });
	});
});
