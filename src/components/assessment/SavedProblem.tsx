/** Shown when saved progress cannot be used: says why, offers the raw data, and changes nothing until asked. */
import { KEPT_TEXT, LOAD_PROBLEM_TEXT } from '../../lib/assessment/messages';
import type { LoadProblem } from '../../lib/assessment/saved';
import { startOver } from '../../stores/assessment';
import { downloadText } from '../download';

type Props = { problem: LoadProblem; detail: string; raw: string };

export default function SavedProblem({ problem, detail, raw }: Props) {
	return (
		<div class="alert" role="alert">
			<h2>We could not open your saved assessment</h2>
			<p>{LOAD_PROBLEM_TEXT[problem]}</p>
			<p>
				<small>Technical detail: {detail}.</small>
			</p>
			<p>{KEPT_TEXT}</p>
			<div class="actions">
				<button type="button" onClick={() => downloadText('agentops-saved-assessment.json', raw)}>
					Download the saved data
				</button>
				<button type="button" class="primary" onClick={startOver}>
					Start a new assessment
				</button>
			</div>
		</div>
	);
}
