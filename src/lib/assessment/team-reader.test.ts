import { describe, expect, it } from 'vitest';
import { context, model } from '../../../tests/fixtures/model';
import { MAX_LABEL_LENGTH, MAX_RESPONDENTS, type Respondent } from './team';
import { decodeTeamSession } from './team-reader';
import { buildTeamSession } from './team-session';

const person = (label: string, a2: number, precise = true): Respondent => ({
	id: label,
	label,
	precise,
	assessment: { modelVersion: 2, createdAt: '2026-12-02T10:00:00.000Z', context, answers: { a2, b2: 'dont-know' }, targets: { alpha: 3 } },
});
const team = [person('Ana (tech lead)', 3), person('Respondent 2', 0, false)];
const text = (v: unknown) => JSON.stringify(v);
const session = buildTeamSession(team, true, new Date('2026-12-03T12:00:00Z'));

describe('team session files', () => {
	it('round-trips labels, answers, the anonymous switch and how precise each date is', () => {
		const r = decodeTeamSession(text(session), model);
		expect(r).toEqual({ ok: true, value: { anonymous: true, respondents: team.map(({ id: _, ...rest }) => rest) } });
	});
	it.each([
		['not JSON', 'team notes', 'not-ours'],
		['cut off', text(session).slice(0, 200), 'truncated'],
		['another format', text({ format: 'agentops-history', formatVersion: 1 }), 'not-ours'],
		['a newer format version', text({ ...session, formatVersion: 2 }), 'unknown-format'],
		[
			'a label too long',
			text({ ...session, respondents: [{ ...session.respondents[0], label: 'x'.repeat(MAX_LABEL_LENGTH + 1) }] }),
			'malformed',
		],
		['an empty label', text({ ...session, respondents: [{ ...session.respondents[0], label: ' ' }] }), 'malformed'],
		[
			'the same label twice',
			text({ ...session, respondents: [session.respondents[0], { ...session.respondents[1], label: 'ana (TECH LEAD)' }] }),
			'malformed',
		],
		['a bad date', text({ ...session, respondents: [{ ...session.respondents[0], createdAt: 'yesterday' }] }), 'malformed'],
		['an unknown practice', text({ ...session, respondents: [{ ...session.respondents[0], answers: { zz: 1 } }] }), 'invalid-answers'],
		['a newer model', text({ ...session, respondents: [{ ...session.respondents[0], modelVersion: 99 }] }), 'newer-model'],
		['too many respondents', text({ ...session, respondents: Array(MAX_RESPONDENTS + 1).fill(session.respondents[0]) }), 'too-large'],
	])('refuses %s with a reason', (_name, input, problem) => {
		const r = decodeTeamSession(input, model);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problem).toBe(problem);
	});
	it('names the respondent at fault', () => {
		const r = decodeTeamSession(
			text({ ...session, respondents: [session.respondents[0], { ...session.respondents[1], answers: { a2: 9 } }] }),
			model,
		);
		expect(r.ok ? '' : r.detail).toMatch(/^respondent 2: /);
	});
});
