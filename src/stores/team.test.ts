/**
 * The team store's rules, with in-memory local and session storage: the session is kept in this
 * tab only, survives a reload, is never silently dropped when unreadable, and a failed save says so.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../tests/fixtures/memory-storage';
import { context, model } from '../../tests/fixtures/model';
import { buildResultFile } from '../lib/assessment/result-file';
import { encodeShare } from '../lib/assessment/share';
import { TEAM_KEY } from '../lib/assessment/team-session';
import {
	$team,
	$teamAnonymous,
	$teamSaveFailed,
	$teamStatus,
	addToTeam,
	clearTeam,
	loadTeam,
	openTeamFile,
	renameInTeam,
	setTeamAnonymous,
	teamFileText,
} from './team';

/** localStorage, which must stay empty, and this tab's sessionStorage. */
let storage: MemoryStorage;
let tab: MemoryStorage;
beforeEach(() => {
	storage = new MemoryStorage();
	tab = new MemoryStorage();
	Object.defineProperty(globalThis, 'window', { configurable: true, value: { localStorage: storage, sessionStorage: tab } });
});

describe('team session store', () => {
	const answers = { a2: 3, a2x: 0, b2: 1 };
	const file = (createdAt: string, a: Record<string, number> = answers) =>
		JSON.stringify(buildResultFile(model, context, a, {}, { now: new Date(createdAt) }));
	const link = (createdAt: string) =>
		`https://example.org/assessment/shared/#r=${encodeShare(model, { modelVersion: 2, createdAt, context, answers, targets: {} })}`;
	/** A reload: the atoms start empty again, the tab's storage stays. */
	const reload = () => ($team.set([]), $teamAnonymous.set(false), $teamStatus.set({ kind: 'loading' }));
	beforeEach(() => (clearTeam(), reload()));

	it('counts one person once when added by file and by link, and numbers default downloads', async () => {
		await loadTeam(model);
		const out = await addToTeam(
			[
				{ source: 'a.json', fileName: 'agentops-assessment-2026-12-02.json', text: file('2026-12-02T15:00:00Z') },
				{ source: 'b.json', fileName: 'agentops-assessment-2026-12-02 (1).json', text: file('2026-12-02T16:00:00Z', { a2: 0 }) },
				{ source: 'Pasted link 1', text: link('2026-12-02T15:00:00Z') },
			],
			model,
		);
		expect(out.map((o) => (o.ok ? 'added' : o.problem))).toEqual(['added', 'added', 'duplicate']);
		expect($team.get().map((r) => r.label)).toEqual(['Respondent 1', 'Respondent 2']);
	});
	it('keeps the session in this tab only, and a reload brings it back with names and the anonymous switch', async () => {
		await loadTeam(model);
		await addToTeam([{ source: 'ana.json', fileName: 'ana.json', text: file('2026-12-02T15:00:00Z') }], model);
		expect(renameInTeam($team.get()[0]!.id, '  Tech   lead ')).toBeNull();
		setTeamAnonymous(true);
		expect(storage.items.size).toBe(0);
		expect(tab.getItem(TEAM_KEY)).toContain('Tech lead');
		reload();
		await loadTeam(model);
		expect($team.get().map((r) => r.label)).toEqual(['Tech lead']);
		expect($teamAnonymous.get()).toBe(true);
		expect($teamStatus.get()).toEqual({ kind: 'ready' });
	});
	it('labels a respondent with the name or role written in their result file', async () => {
		await loadTeam(model);
		const named = JSON.stringify(
			buildResultFile(model, context, answers, {}, { now: new Date('2026-12-02T15:00:00Z'), respondent: 'Product owner' }),
		);
		await addToTeam([{ source: 'a.json', fileName: 'agentops-assessment-2026-12-02.json', text: named }], model);
		expect($team.get().map((r) => [r.label, r.assessment.respondent])).toEqual([['Product owner', undefined]]);
	});
	it('refuses an empty, too long or duplicate name and keeps the old one', async () => {
		await loadTeam(model);
		await addToTeam(
			[
				{ source: 'a', text: link('2026-12-01T00:00:00Z') },
				{ source: 'b', text: file('2026-12-02T15:00:00Z') },
			],
			model,
		);
		const [a, b] = $team.get();
		expect(renameInTeam(a!.id, '   ')).toBe('empty');
		expect(renameInTeam(a!.id, 'x'.repeat(61))).toBe('too-long');
		expect(renameInTeam(a!.id, b!.label.toUpperCase())).toBe('taken');
		expect($team.get()[0]!.label).toBe('Respondent 1');
	});
	it('reports an unreadable kept session, keeps it untouched and writes nothing over it until cleared', async () => {
		tab.setItem(TEAM_KEY, '{"format":"agentops-team-session","formatVersion":1,"respondents":[');
		await loadTeam(model);
		expect($teamStatus.get()).toMatchObject({ kind: 'problem', problem: 'truncated' });
		const out = await addToTeam([{ source: 'a', text: link('2026-12-01T00:00:00Z') }], model);
		expect(out[0]).toMatchObject({ ok: false, problem: 'unsaved' });
		expect(tab.getItem(TEAM_KEY)).toMatch(/\[$/);
		clearTeam();
		expect(tab.getItem(TEAM_KEY)).toBeNull();
		expect($teamStatus.get()).toEqual({ kind: 'ready' });
	});
	it('says so when this tab cannot keep the session, and still shows the team', async () => {
		await loadTeam(model);
		tab.full = true;
		await addToTeam([{ source: 'a', text: link('2026-12-01T00:00:00Z') }], model);
		expect($teamSaveFailed.get()).toBe(true);
		expect($team.get()).toHaveLength(1);
	});
	it('saves a team file and opens it again after clearing, skipping who is already there', async () => {
		await loadTeam(model);
		await addToTeam(
			[
				{ source: 'ana.json', fileName: 'ana.json', text: file('2026-12-02T15:00:00Z') },
				{ source: 'b', text: link('2026-11-01T00:00:00Z') },
			],
			model,
		);
		const saved = teamFileText();
		clearTeam();
		expect(await openTeamFile(saved, model)).toEqual({ ok: true, added: 2, skipped: 0 });
		expect($team.get().map((r) => r.label)).toEqual(['ana', 'Respondent 2']);
		expect(await openTeamFile(saved, model)).toEqual({ ok: true, added: 0, skipped: 2 });
		expect(await openTeamFile('{"format":"agentops-team-session","formatVersion":7}', model)).toMatchObject({
			ok: false,
			problem: 'unknown-format',
		});
		expect($team.get()).toHaveLength(2);
	});
});
