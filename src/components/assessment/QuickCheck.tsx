/**
 * The two-minute quick check: one question per dimension, each option describing a level.
 * The estimate updates as you answer; the answers are kept in this browser (stores/quick.ts),
 * never sent.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { levelName, quickFor, type Model } from '../../lib/assessment/model';
import { AUDIENCE_TEXT, DONT_KNOW, levelLabel, QUICK_TEXT } from '../../lib/assessment/messages';
import { AUDIENCE_IDS, type AudienceId } from '../../schemas/ids';
import { scoreQuickCheck } from '../../lib/assessment/scoring';
import { $quick, $quickSaveFailed, $quickStatus, answerQuick, loadQuick, restartQuick, setQuickAudience } from '../../stores/quick';
import { href } from '../../lib/paths';
import { routes } from '../../lib/routes';

type Props = { model: Model };

export default function QuickCheck({ model }: Props) {
	useEffect(() => loadQuick(model), [model]);
	const quick = useStore($quick);
	const status = useStore($quickStatus);
	const saveFailed = useStore($quickSaveFailed);
	const answers = quick?.answers ?? {};
	// Who is answering chooses the wording (a household is asked in household words); the levels mean the same.
	const audience: AudienceId = quick?.audience ?? 'platform-teams';
	const answered = Object.keys(answers).length;
	const total = model.dimensions.length;
	const result = scoreQuickCheck(model, answers);
	const names = new Map(model.dimensions.map((d) => [d.id, d.name]));
	const done = answered === total;

	return (
		<div class="quick">
			{status.kind === 'problem' && (
				<div class="alert stack" role="alert">
					<p>{QUICK_TEXT.unreadable(status.detail)}</p>
					<button type="button" onClick={restartQuick}>
						{QUICK_TEXT.restart}
					</button>
				</div>
			)}
			{saveFailed && (
				<p class="alert" role="alert">
					{QUICK_TEXT.saveFailed}
				</p>
			)}
			<form class="stack" onSubmit={(e) => e.preventDefault()} aria-label={QUICK_TEXT.formLabel}>
				<fieldset class="question">
					<legend>{QUICK_TEXT.audience}</legend>
					<div class="question__options">
						{AUDIENCE_IDS.map((id) => (
							<label class="option" key={id}>
								<input type="radio" name="quick-audience" value={id} checked={audience === id} onChange={() => setQuickAudience(id)} />
								<span>{AUDIENCE_TEXT[id]}</span>
							</label>
						))}
					</div>
				</fieldset>
				{model.dimensions.map((d, n) => (
					<fieldset class="question" key={d.id}>
						<legend>
							<span class="question__count">{QUICK_TEXT.questionCount(n + 1, total, d.name)}</span> {quickFor(d, audience).question}
						</legend>
						<div class="question__options">
							{quickFor(d, audience).options.map((text, i) => (
								<label class="option" key={i}>
									<input
										type="radio"
										name={`quick-${d.id}`}
										value={i + 1}
										checked={answers[d.id] === i + 1}
										onChange={() => answerQuick(d.id, i + 1)}
									/>
									<span>{text}</span>
								</label>
							))}
							<label class="option option--aside">
								<input
									type="radio"
									name={`quick-${d.id}`}
									value="dk"
									checked={answers[d.id] === null}
									onChange={() => answerQuick(d.id, null)}
								/>
								<span>{DONT_KNOW}</span>
							</label>
						</div>
					</fieldset>
				))}
			</form>

			<section class="quick__result card" aria-labelledby="quick-result" aria-live="polite">
				<h2 id="quick-result">{QUICK_TEXT.estimateHeading}</h2>
				{status.kind === 'ready' && status.restored && (
					<div class="stack">
						<p>{QUICK_TEXT.restored}</p>
						<p>
							<button type="button" onClick={restartQuick}>
								{QUICK_TEXT.restart}
							</button>
						</p>
					</div>
				)}
				<p>
					{QUICK_TEXT.answered(answered, total)}{' '}
					{done ? <strong>{QUICK_TEXT.overall(result.overall.level, levelName(result.overall.level))}</strong> : QUICK_TEXT.answerAll}
				</p>
				{done && <p>{QUICK_TEXT.limitedBy(result.overall.limitedBy.map((id) => names.get(id) ?? ''))}</p>}
				<div class="table-wrap" tabIndex={0}>
					<table>
						<caption>{QUICK_TEXT.tableCaption}</caption>
						<thead>
							<tr>
								<th scope="col">{QUICK_TEXT.dimension}</th>
								<th scope="col">{QUICK_TEXT.estimate}</th>
							</tr>
						</thead>
						<tbody>
							{result.dimensions.map((d) => (
								<tr key={d.id}>
									<th scope="row">{names.get(d.id)}</th>
									<td>
										{answers[d.id] === undefined
											? QUICK_TEXT.notAnswered
											: d.known
												? levelLabel(d.level)
												: `${DONT_KNOW} ${QUICK_TEXT.countedAsOne}`}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<p>{QUICK_TEXT.onlyEstimate}</p>
				<p>
					<a class="button button--primary" href={href(routes.assessment.index)}>
						{QUICK_TEXT.fullAssessment}
					</a>
				</p>
			</section>
		</div>
	);
}
