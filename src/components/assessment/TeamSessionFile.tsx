/** Saving the team session as a file and opening one again; the store checks what is opened. */
import { useState } from 'preact/hooks';
import { INPUT_PROBLEM_TEXT } from '../../lib/assessment/messages';
import { TEAM_TEXT as T } from '../../lib/assessment/messages-team';
import type { Model } from '../../lib/assessment/model';
import { MAX_RESPONDENTS } from '../../lib/assessment/team';
import { openTeamFile, teamFileText } from '../../stores/team';
import { downloadText } from '../download';
import { readTextFiles } from './files';

type Outcome = { ok: true; text: string } | { ok: false; source: string; text: string };

export default function TeamSessionFile({ model, canSave }: { model: Model; canSave: boolean }) {
	const [outcome, setOutcome] = useState<Outcome | null>(null);
	const open = async (input: HTMLInputElement) => {
		const [picked] = await readTextFiles(input.files);
		input.value = '';
		if (!picked) return;
		if ('tooLarge' in picked) return setOutcome({ ok: false, source: picked.name, text: INPUT_PROBLEM_TEXT['too-large'] });
		const r = await openTeamFile(picked.text, model);
		setOutcome(
			r.ok
				? { ok: true, text: T.sessionOpened(r.added, r.skipped) }
				: {
						ok: false,
						source: picked.name,
						text:
							r.problem === 'full'
								? T.full(MAX_RESPONDENTS)
								: r.problem === 'unsaved'
									? T.unsaved
									: `${INPUT_PROBLEM_TEXT[r.problem]}${r.detail ? ` (${r.detail})` : ''}`,
					},
		);
	};
	const date = new Date().toISOString().slice(0, 10);
	return (
		<section class="card stack" aria-labelledby="team-session">
			<h2 id="team-session">{T.sessionHeading}</h2>
			<p class="hint">{T.sessionIntro}</p>
			<div class="actions">
				{canSave && (
					<button type="button" onClick={() => downloadText(`agentops-team-session-${date}.json`, teamFileText())}>
						{T.saveSession}
					</button>
				)}
			</div>
			<div>
				<label for="team-session-file">{T.openSession}</label>
				<input id="team-session-file" type="file" accept="application/json,.json" onChange={(e) => void open(e.currentTarget)} />
			</div>
			<p role="status" class={outcome && !outcome.ok ? 'outcome--bad' : ''}>
				{outcome ? (outcome.ok ? outcome.text : `${T.rejected(outcome.source)} ${outcome.text}`) : ''}
			</p>
		</section>
	);
}
