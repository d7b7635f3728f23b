/**
 * The team view's respondents: each one's name or role, editable (checked by the store's
 * renameInTeam), or the numbered labels when names are hidden for a shared screen.
 */
import { useState } from 'preact/hooks';
import { TEAM_TEXT as T } from '../../lib/assessment/messages-team';
import { MAX_LABEL_LENGTH, type LabelProblem, type Respondent } from '../../lib/assessment/team';
import { removeFromTeam, renameInTeam } from '../../stores/team';

type Props = { team: Respondent[]; labels: string[]; anonymous: boolean };

export default function TeamRespondents({ team, labels, anonymous }: Props) {
	const [problems, setProblems] = useState<Record<string, LabelProblem>>({});
	const rename = (r: Respondent, input: HTMLInputElement) => {
		const problem = renameInTeam(r.id, input.value);
		// A refused name goes back to the one kept, with the reason beside the field.
		if (problem) input.value = r.label;
		const { [r.id]: _, ...rest } = problems;
		setProblems(problem ? { ...rest, [r.id]: problem } : rest);
	};
	return (
		<>
			{!anonymous && (
				<p class="hint" id="team-label-hint">
					{T.labelHint(MAX_LABEL_LENGTH)}
				</p>
			)}
			<ul class="respondents">
				{team.map((r, i) => (
					<li key={r.id}>
						{anonymous ? (
							labels[i]
						) : (
							<>
								<label class="visually-hidden" for={`team-label-${r.id}`}>
									{T.labelFor(i + 1)}
								</label>
								<input
									id={`team-label-${r.id}`}
									type="text"
									value={r.label}
									maxLength={MAX_LABEL_LENGTH}
									aria-describedby={problems[r.id] ? `team-label-problem-${r.id} team-label-hint` : 'team-label-hint'}
									aria-invalid={problems[r.id] ? 'true' : undefined}
									onChange={(e) => rename(r, e.currentTarget)}
								/>
							</>
						)}{' '}
						<button type="button" class="small" onClick={() => removeFromTeam(r.id)}>
							{T.remove(labels[i]!)}
						</button>
						{problems[r.id] && (
							<p class="outcome--bad" id={`team-label-problem-${r.id}`} role="alert">
								{T.labelProblem[problems[r.id]!]}
							</p>
						)}
					</li>
				))}
			</ul>
		</>
	);
}
