/** A clear message for input that could not be read, and the promise that nothing was changed. */
import { INPUT_PROBLEM_TEXT, UNCHANGED_TEXT } from '../../lib/assessment/messages';
import type { InputProblem as Problem } from '../../lib/assessment/shared';

type Props = { heading: string; problem: Problem; detail: string; source?: string };

export default function InputProblem({ heading, problem, detail, source }: Props) {
	return (
		<div class="alert" role="alert">
			<h2>{heading}</h2>
			{source && <p>{source}</p>}
			<p>{INPUT_PROBLEM_TEXT[problem]}</p>
			{detail && (
				<p>
					<small>Technical detail: {detail}.</small>
				</p>
			)}
			<p>{UNCHANGED_TEXT}</p>
		</div>
	);
}
