/**
 * Under the share section: the roadmap as files for a team's tracker (Markdown checklist, GitLab
 * CSV, GitHub JSON Lines with the one command that creates the issues) and a reassessment
 * reminder for the calendar. Everything is made in the browser from the assessment passed in.
 */
import { useState } from 'preact/hooks';
import { REMINDER_TEXT as R, TRACKER_TEXT as T } from '../../lib/assessment/messages';
import type { Model } from '../../lib/assessment/model';
import { addDays, isPlanDay, today } from '../../lib/assessment/plan';
import type { SharedAssessment } from '../../lib/assessment/shared';
import { href } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { downloadText } from '../download';
import { absolute, exporters } from './files';

/** Proposed reminder: a quarter from today, when a roadmap's "next" phase ends. */
const REMINDER_DAYS = 90;

type Props = { model: Model; assessment: () => SharedAssessment };

/** Button label, file name, builder in lib/assessment/exports.ts, MIME type. */
const FILES = [
	['checklist', (d: string) => `agentops-roadmap-${d}.md`, 'roadmapChecklist', 'text/markdown'],
	['gitlab', (d: string) => `agentops-roadmap-gitlab-${d}.csv`, 'gitlabIssuesCsv', 'text/csv'],
	['github', () => 'agentops-roadmap-github.jsonl', 'githubIssuesJsonl', 'application/jsonl'],
] as const;

export default function TrackerExports({ model, assessment }: Props) {
	const [day, setDay] = useState(() => addDays(today(), REMINDER_DAYS));
	const dayOk = isPlanDay(day);
	return (
		<div class="stack">
			<h3>{T.heading}</h3>
			<div class="actions">
				{FILES.map(([label, name, build, type]) => (
					<button
						key={name}
						type="button"
						onClick={async () => downloadText(name(today()), (await exporters())[build](model, assessment(), absolute), type)}
					>
						{T[label]}
					</button>
				))}
			</div>
			<details>
				<summary>{T.howTo}</summary>
				<p>{T.doneLeftOut}</p>
				<p>{T.gitlabHow}</p>
				<p>{T.githubHow}</p>
				<code class="command">{T.githubCommand}</code>
				<p>{T.tryFirst}</p>
			</details>
			<div class="reminder">
				<label for="reminder-day">{R.label}</label>{' '}
				<input
					id="reminder-day"
					type="date"
					min="2020-01-01"
					max="2100-12-31"
					value={day}
					aria-describedby="reminder-hint"
					aria-invalid={!dayOk || undefined}
					onInput={(e) => setDay(e.currentTarget.value)}
				/>{' '}
				<button
					type="button"
					disabled={!dayOk}
					onClick={async () =>
						downloadText(
							`agentops-reassess-${day}.ics`,
							(await exporters()).reminderIcs(day, absolute(href(routes.assessment.index)), {
								uidDomain: location.hostname || 'agentops.local',
								now: new Date(),
							}),
							'text/calendar',
						)
					}
				>
					{R.download}
				</button>
				<p id="reminder-hint" class="hint">
					{dayOk ? R.hint : R.invalid}
				</p>
			</div>
		</div>
	);
}
