/** A clear message for input that could not be read, and the promise that nothing was changed. */
import { INPUT_PROBLEM_TEXT, STORED_PROBLEM_TEXT, TECHNICAL_DETAIL, UNCHANGED_TEXT } from '../../lib/assessment/messages';
import type { InputProblem as Problem } from '../../lib/assessment/shared';

/** `stored`: the data is what this site kept in the browser, not a link or file someone brought. */
type Props = { heading: string; problem: Problem; detail: string; source?: string; stored?: boolean };

export default function InputProblem({ heading, problem, detail, source, stored = false }: Props) {
	return (
		<div class="alert" role="alert">
			<h2>{heading}</h2>
			{source && <p>{source}</p>}
			<p>{(stored ? STORED_PROBLEM_TEXT : INPUT_PROBLEM_TEXT)[problem]}</p>
			{detail && (
				<p>
					<small>{TECHNICAL_DETAIL(detail)}</small>
				</p>
			)}
			<p>{UNCHANGED_TEXT}</p>
		</div>
	);
}
