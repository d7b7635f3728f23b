/**
 * One practice as a question. Accessibility contract (e2e tests and other tools depend on it):
 * a <fieldset> whose <legend> is the statement; native radios with visible labels, from least
 * to most in place, then "Don't know", then "Not applicable" where the practice offers it.
 * The wording is the person's audience's track where the practice has one.
 */
import type { Answer, Model, Practice } from '../../lib/assessment/model';
import { wordingFor } from '../../lib/assessment/model';
import type { AudienceId } from '../../schemas/ids';
import { DONT_KNOW, EVIDENCE_SUMMARY, NOT_APPLICABLE, NOT_APPLICABLE_WHEN } from '../../lib/assessment/messages';

type Props = { model: Model; practice: Practice; audience: AudienceId; value: Answer | undefined; onAnswer: (a: Answer) => void };

export default function PracticeQuestion({ model, practice, audience, value, onAnswer }: Props) {
	const words = wordingFor(practice, audience);
	const options: { key: string; label: string; answer: Answer }[] = [
		...model.meta.scales[practice.answerScale].map((o, i) => ({ key: String(i), label: o.label, answer: i as Answer })),
		{ key: 'dk', label: DONT_KNOW, answer: 'dont-know' },
		...(practice.notApplicableWhen ? [{ key: 'na', label: NOT_APPLICABLE, answer: 'not-applicable' as const }] : []),
	];
	const name = `q-${practice.id}`;
	return (
		<fieldset class="question" id={`practice-${practice.id}`}>
			<legend>{words.statement}</legend>
			<details class="question__help">
				<summary>{EVIDENCE_SUMMARY}</summary>
				<p>{words.help}</p>
				{practice.notApplicableWhen && (
					<p>
						{NOT_APPLICABLE_WHEN} {practice.notApplicableWhen}
					</p>
				)}
			</details>
			<div class="question__options">
				{options.map((o) => (
					<label key={o.key} class={o.key === 'dk' || o.key === 'na' ? 'option option--aside' : 'option'}>
						<input type="radio" name={name} value={o.key} checked={value === o.answer} onChange={() => onAnswer(o.answer)} />
						<span>{o.label}</span>
					</label>
				))}
			</div>
		</fieldset>
	);
}
