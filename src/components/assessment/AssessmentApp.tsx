/**
 * The full assessment: context, one dimension per step, a review of unanswered questions, then
 * the results page. State and autosave live in the store; this island only renders and calls actions.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { summaryFor, wordingFor, type Model } from '../../lib/assessment/model';
import type { AudienceId } from '../../schemas/ids';
import { answeredCount, assessmentSteps, unansweredByStep } from '../../lib/assessment/steps';
import { href } from '../../lib/paths';
import { isIsoDate } from '../../lib/iso-date';
import {
	$migration,
	$saveFailed,
	$state,
	$status,
	answer,
	loadAssessment,
	resume,
	setContext,
	startFromQuick,
	startOver,
	type ReplaceOutcome,
} from '../../stores/assessment';
import { showStep, useStepHistory } from './step-history';
import { $quick, loadQuick } from '../../stores/quick';
import { BACKUPS_TEXT, MIGRATED_TEXT, QUICK_TEXT, WIZARD_TEXT } from '../../lib/assessment/messages';
import ContextStep from './ContextStep';
import PracticeQuestion from './PracticeQuestion';
import ReplaceNote from './ReplaceNote';
import SavedProblem from './SavedProblem';
import { withModel } from './with-model';
import { routes } from '../../lib/routes';

type Props = { model: Model };

export default withModel(AssessmentApp);

function AssessmentApp({ model }: Props) {
	useEffect(() => {
		void loadAssessment(model, { offerResume: true });
		loadQuick(model);
	}, [model]);
	const quick = useStore($quick);
	const [useQuick, setUseQuick] = useState(true);
	const status = useStore($status);
	const state = useStore($state);
	const saveFailed = useStore($saveFailed);
	const migration = useStore($migration);
	const heading = useRef<HTMLHeadingElement>(null);
	const [contextMissing, setContextMissing] = useState(false);
	const stepShown = useRef<number | null>(null);
	const [replaced, setReplaced] = useState<ReplaceOutcome | null>(null);
	const onStartOver = async (dropOldest = false) => setReplaced(await startOver({ dropOldest }));
	useStepHistory(status.kind === 'ready');

	const steps = assessmentSteps(model, state?.context ?? null);
	const index = Math.min(state?.step ?? 0, steps.length - 1);
	const step = steps[index]!;

	// Move focus to the new step's heading so keyboard and screen-reader users start at the top.
	useEffect(() => {
		if (stepShown.current !== null && stepShown.current !== index) heading.current?.focus();
		stepShown.current = index;
	}, [index]);

	if (status.kind === 'loading' || !state) {
		if (status.kind === 'problem') return <SavedProblem problem={status.problem} detail={status.detail} raw={status.raw} />;
		// Holds the space of the first step, so the page does not jump when the step replaces it.
		return <p class="island-loading">{WIZARD_TEXT.loading}</p>;
	}
	if (status.kind === 'resume-offer') {
		return (
			<div class="note stack" role="region" aria-labelledby="resume-title">
				<h2 id="resume-title">{WIZARD_TEXT.welcomeBack}</h2>
				<p>{WIZARD_TEXT.resumeOffer(status.answered, isIsoDate(status.updatedAt) ? new Date(status.updatedAt).toLocaleString() : null)}</p>
				<div class="actions">
					<button type="button" class="primary" onClick={resume}>
						{WIZARD_TEXT.resume}
					</button>
					<button type="button" onClick={() => onStartOver()}>
						{WIZARD_TEXT.startOver}
					</button>
				</div>
				<ReplaceNote outcome={replaced} onGoOn={() => onStartOver(true)} onCancel={() => setReplaced(null)} />
				{migration && <p>{MIGRATED_TEXT(migration, model.meta.version)}</p>}
				<p class="hint">
					{WIZARD_TEXT.startOverHint} <a href={href(routes.assessment.backups)}>{BACKUPS_TEXT.link}</a>
				</p>
			</div>
		);
	}

	const { answered, total } = answeredCount(steps, state.answers);
	const quickLevels = Object.values(quick?.answers ?? {}).filter((l) => typeof l === 'number').length;
	const quickOffered = quickLevels > 0 && Object.keys(state.answers).length === 0;
	const title = step.kind === 'context' ? WIZARD_TEXT.contextTitle : step.kind === 'review' ? WIZARD_TEXT.reviewTitle : step.dimension.name;
	const last = index === steps.length - 1;

	// Buttons read the store, not this render's values: useStore re-renders on a timer, and on a
	// slow device a key press can arrive before the re-render that follows an answer.
	const stepNow = () => Math.min($state.get()?.step ?? 0, steps.length - 1);
	const next = () => {
		const current = $state.get();
		if (stepNow() === 0 && !current?.context) {
			setContextMissing(true);
			return;
		}
		setContextMissing(false);
		if (stepNow() === 0 && useQuick && quickOffered) startFromQuick(quick!.answers);
		showStep(stepNow() + 1);
	};

	return (
		<div class="wizard">
			<div class="wizard__progress" aria-live="polite">
				<p>
					<strong>{WIZARD_TEXT.step(index + 1, steps.length)}</strong> {WIZARD_TEXT.questionsAnswered(answered, total)}
				</p>
				<progress max={steps.length} value={index + 1} aria-label={WIZARD_TEXT.step(index + 1, steps.length)} />
			</div>
			<h2 ref={heading} tabIndex={-1} class="wizard__title">
				{title}
			</h2>

			{step.kind === 'context' && (
				<>
					<p>{WIZARD_TEXT.contextIntro}</p>
					<ContextStep value={state.context} onChange={(c) => (setContextMissing(false), setContext(c))} />
					{quickOffered && (
						<div class="note">
							<label class="option">
								<input type="checkbox" checked={useQuick} onChange={(e) => setUseQuick(e.currentTarget.checked)} />
								<span>{QUICK_TEXT.offer(quickLevels)}</span>
							</label>
						</div>
					)}
					{contextMissing && (
						<p class="alert" role="alert">
							{WIZARD_TEXT.contextMissing}
						</p>
					)}
				</>
			)}

			{step.kind === 'dimension' && (
				<>
					{state.fromQuick?.[step.dimension.id] !== undefined && (
						<p class="note">{QUICK_TEXT.prefilled(state.fromQuick[step.dimension.id]!)}</p>
					)}
					<p>
						{summaryFor(step.dimension, state.context!.audience)} <a href={href(step.dimension.docs)}>{WIZARD_TEXT.readDocs}</a>.
					</p>
					{step.practices.map((p) => (
						<PracticeQuestion
							key={p.id}
							model={model}
							practice={p}
							audience={state.context!.audience}
							value={state.answers[p.id]}
							onAnswer={(a) => answer(p.id, a)}
						/>
					))}
				</>
			)}

			{step.kind === 'review' && <Review steps={steps} answers={state.answers} audience={state.context?.audience ?? 'platform-teams'} />}

			{saveFailed && (
				<p class="alert" role="alert">
					{WIZARD_TEXT.saveFailed}
				</p>
			)}

			<div class="wizard__nav actions">
				{index > 0 && (
					<button type="button" onClick={() => showStep(stepNow() - 1)}>
						{WIZARD_TEXT.back}
					</button>
				)}
				{last ? (
					<button type="button" class="primary" onClick={() => location.assign(href(routes.assessment.results))}>
						{WIZARD_TEXT.seeResults}
					</button>
				) : (
					<button type="button" class="primary" onClick={next}>
						{WIZARD_TEXT.next}
					</button>
				)}
			</div>
		</div>
	);
}

function Review({
	steps,
	answers,
	audience,
}: {
	steps: ReturnType<typeof assessmentSteps>;
	answers: Parameters<typeof unansweredByStep>[1];
	audience: AudienceId;
}) {
	const missing = unansweredByStep(steps, answers);
	const count = missing.reduce((n, m) => n + m.practices.length, 0);
	if (count === 0) return <p>{WIZARD_TEXT.allAnswered}</p>;
	return (
		<div class="stack">
			<p>{WIZARD_TEXT.unanswered(count)}</p>
			{missing.map((m) => (
				<section key={m.dimension.id} aria-labelledby={`review-${m.dimension.id}`}>
					<h3 id={`review-${m.dimension.id}`}>{m.dimension.name}</h3>
					<ul>
						{m.practices.map((p) => (
							<li key={p.id}>{wordingFor(p, audience).statement}</li>
						))}
					</ul>
					<button type="button" onClick={() => showStep(m.step)}>
						{WIZARD_TEXT.answerDimension(m.dimension.name.toLowerCase())}
					</button>
				</section>
			))}
		</div>
	);
}
