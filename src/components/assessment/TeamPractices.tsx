/**
 * The facilitator's agenda: practices whose answers are far apart, with who gave which answer
 * (grouped by answer, so thirty respondents stay readable).
 */
import { DONT_KNOW, NOT_APPLICABLE } from '../../lib/assessment/messages';
import { TEAM_TEXT as T } from '../../lib/assessment/messages-team';
import { findPractice, statementOf, type Model } from '../../lib/assessment/model';
import { dimensionName } from '../../lib/assessment/result-view';
import type { PracticeDisagreement, RespondentAnswer } from '../../lib/assessment/team';
import type { AudienceId } from '../../schemas/framework';

type Props = { model: Model; items: PracticeDisagreement[]; labels: string[]; audience: AudienceId };

function answerText(model: Model, practiceId: string, a: RespondentAnswer): string {
	if (a === 'dont-know') return DONT_KNOW;
	if (a === 'not-applicable') return NOT_APPLICABLE;
	if (a === 'unanswered') return T.unanswered;
	if (a === 'not-asked') return T.notAsked;
	const practice = findPractice(model, practiceId)!;
	return model.meta.scales[practice.answerScale][a]?.label ?? String(a);
}

/** Respondents grouped by their answer, options in scale order (highest first), then the rest. */
function byAnswer(answers: RespondentAnswer[]): [RespondentAnswer, number[]][] {
	const groups = new Map<RespondentAnswer, number[]>();
	answers.forEach((a, i) => groups.set(a, [...(groups.get(a) ?? []), i]));
	const rank = (a: RespondentAnswer) => (typeof a === 'number' ? -a : OTHERS.indexOf(a) + 1);
	return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}
const OTHERS: RespondentAnswer[] = ['dont-know', 'not-applicable', 'unanswered', 'not-asked'];

export default function TeamPractices({ model, items, labels, audience }: Props) {
	return (
		<section class="stack" aria-labelledby="team-practices">
			<h2 id="team-practices">{T.practicesHeading}</h2>
			{items.length === 0 ? (
				<p>{T.practicesNone}</p>
			) : (
				<>
					<p class="hint">{T.practicesIntro}</p>
					<ol class="team-practices">
						{items.map((d) => (
							<li key={d.practiceId}>
								<strong>{statementOf(model, d.practiceId, audience)}</strong>{' '}
								<span class="hint">{T.practiceMeta(dimensionName(model, d.dimensionId), d.spread, d.answered, labels.length)}</span>
								<ul>
									{byAnswer(d.answers).map(([a, who]) => (
										<li key={String(a)}>
											<strong>{answerText(model, d.practiceId, a)}</strong>: {who.map((i) => labels[i]).join(', ')}
										</li>
									))}
								</ul>
							</li>
						))}
					</ol>
				</>
			)}
		</section>
	);
}
