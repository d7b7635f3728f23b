/** Shown when saved progress cannot be used: says why, offers the raw data, and changes nothing until asked. */
import { useState } from 'preact/hooks';
import { BACKUPS_TEXT, KEPT_TEXT, LOAD_PROBLEM_TEXT } from '../../lib/assessment/messages';
import type { LoadProblem } from '../../lib/assessment/saved';
import { href } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { startOver, type ReplaceOutcome } from '../../stores/assessment';
import { downloadText } from '../download';
import ReplaceNote from './ReplaceNote';

type Props = { problem: LoadProblem; detail: string; raw: string };

export default function SavedProblem({ problem, detail, raw }: Props) {
	const [replaced, setReplaced] = useState<ReplaceOutcome | null>(null);
	const onStartOver = async (dropOldest = false) => setReplaced(await startOver({ dropOldest }));
	return (
		<div class="alert" role="alert">
			<h2>We could not open your saved assessment</h2>
			<p>{LOAD_PROBLEM_TEXT[problem]}</p>
			<p>
				<small>Technical detail: {detail}.</small>
			</p>
			<p>
				{KEPT_TEXT} <a href={href(routes.assessment.backups)}>{BACKUPS_TEXT.link}</a>
			</p>
			<div class="actions">
				<button type="button" onClick={() => downloadText('agentops-saved-assessment.json', raw)}>
					Download the saved data
				</button>
				<button type="button" class="primary" onClick={() => onStartOver()}>
					Start a new assessment
				</button>
			</div>
			<ReplaceNote outcome={replaced} onGoOn={() => onStartOver(true)} onCancel={() => setReplaced(null)} />
		</div>
	);
}
