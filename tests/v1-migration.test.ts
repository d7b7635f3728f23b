/**
 * Nothing made with model version 1 is lost: the fixtures committed before the model changed
 * (tests/fixtures/v1/: a share link, a result file, a history export, saved progress) all open
 * with the real current model, carrying over every answer whose practice still exists or was
 * replaced, re-read by value, and saying what changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realModel } from './real-model';
import { snapshotAssessment } from '../src/lib/assessment/history';
import { parseHistory } from '../src/lib/assessment/history-reader';
import { sourcesOf, PAST_MODELS } from '../src/lib/assessment/migrations';
import { decodeResultFile } from '../src/lib/assessment/result-import';
import { parseSaved } from '../src/lib/assessment/saved-reader';
import { decodeShare } from '../src/lib/assessment/share';
import { V1 } from '../src/lib/assessment/past/v1';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'v1', name), 'utf8');
const model = await realModel();
const v1Answers = (JSON.parse(fixture('saved-progress.json')) as { answers: Record<string, number | string> }).answers;

describe('model version 1 → 2', () => {
	it('every version-1 practice is kept or replaced at most once, and most carry over', () => {
		const sources = sourcesOf(model, PAST_MODELS[0]!);
		const used = [...sources.values()].flat();
		expect(new Set(used).size).toBe(used.length);
		const v1Ids: string[] = V1.practices.map(([id]) => id);
		expect(used.filter((id) => v1Ids.includes(id)).length).toBeGreaterThanOrEqual(40);
	});

	it('re-reads answers by value, never claiming more than was said', () => {
		const share = decodeShare(fixture('share-code.txt'), model);
		expect(share).toMatchObject({
			ok: true,
			migratedFrom: 1,
			value: { modelVersion: model.meta.version, context: { scale: 'team', audience: 'platform-teams' } },
		});
		if (!share.ok) return;
		const carried = share.value.answers;
		// A replaced practice on the same scale keeps the option ("Most or all" → "Most or all").
		expect(carried['vg-ci-every-change']).toBe(3);
		// Coverage "Some of it" (0.25) on what is now a yes/partly/no fact is "No", not "Partly" (0.5).
		expect(v1Answers['pg-written-data-rule']).toBe(1);
		expect(carried['pg-written-data-rule']).toBe(0);
		expect(carried['ppl-human-accountable']).toBeDefined();
		expect(carried['pg-policy-routing']).toBe('dont-know');
		for (const [id, answer] of Object.entries(carried)) {
			if (typeof answer !== 'number') continue;
			const practice = model.dimensions.flatMap((d) => d.practices).find((p) => p.id === id)!;
			const from = [id, ...(practice.replaces ?? [])].find((f) => f in v1Answers)!;
			const oldValue = V1.values[V1.practices.find(([p]) => p === from)![1]][v1Answers[from] as number]!;
			expect(model.meta.scales[practice.answerScale][answer]!.value).toBeLessThanOrEqual(oldValue);
		}
		expect(share.migration!.carried).toBeGreaterThanOrEqual(35);
	});

	it('opens the version-1 result file, history and saved progress the same way', () => {
		const file = decodeResultFile(fixture('result-file.json'), model);
		expect(file).toMatchObject({ ok: true, migratedFrom: 1 });
		const history = parseHistory(fixture('history.json'));
		expect(history.kind).toBe('ok');
		if (history.kind !== 'ok') return;
		const snap = snapshotAssessment(history.history.snapshots[0]!, model);
		expect(snap).toMatchObject({ ok: true, migration: { from: 1 } });
		const saved = parseSaved(fixture('saved-progress.json'), model);
		expect(saved).toMatchObject({ kind: 'ok', state: { modelVersion: model.meta.version, step: 0 }, migration: { from: 1 } });
		// The same answers, whichever way they arrive.
		if (file.ok && snap.ok && saved.kind === 'ok') {
			expect(snap.value.answers).toEqual(file.value.answers);
			expect(saved.state.answers).toEqual(file.value.answers);
		}
	});
});
