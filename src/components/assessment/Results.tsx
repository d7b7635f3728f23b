/**
 * The person's own results and roadmap, computed in the browser from the saved answers by the
 * same functions the "How scoring works" page runs at build time; ResultsView renders them.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { AUDIENCE_TEXT, RESULTS_TEXT as T, SCALE_TEXT, SCOPE_TEXT } from '../../lib/assessment/messages';
import type { Model } from '../../lib/assessment/model';
import { buildResultFile } from '../../lib/assessment/result-file';
import { resultView, type LevelMeaning } from '../../lib/assessment/result-view';
import { MAX_LABEL_LENGTH } from '../../lib/assessment/shared';
import type { Resource } from '../../lib/assessment/resources';
import { href } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { $state, $status, loadAssessment, setStepPlan, setTarget } from '../../stores/assessment';
import { downloadText } from '../download';
import ResultsView from './ResultsView';
import SavedProblem from './SavedProblem';
import ShareAndExport from './ShareAndExport';
import { withModel } from './with-model';

type Props = { model: Model; resources: Resource[]; levels: LevelMeaning[] };

export default withModel(Results);

function Results({ model, resources, levels }: Props) {
	useEffect(() => void loadAssessment(model, { offerResume: false }), [model]);
	const status = useStore($status);
	const state = useStore($state);
	// Only in the downloaded file, for a facilitator's team view; never stored here.
	const [respondent, setRespondent] = useState('');

	if (status.kind === 'problem') return <SavedProblem problem={status.problem} detail={status.detail} raw={status.raw} />;
	// While loading (and on the server) the page has the shape of the "no answers yet" note, with
	// its button held invisible, so nothing moves when a first-time visitor's empty state arrives.
	const loading = status.kind === 'loading' || !state;
	if (loading || !state.context || Object.keys(state.answers).length === 0) {
		return (
			<div class="note">
				<p class="results-empty">{loading ? T.loading : T.empty}</p>
				<p>
					<a class={`button button--primary${loading ? ' invisible' : ''}`} href={href(routes.assessment.index)}>
						{T.start}
					</a>
				</p>
			</div>
		);
	}

	const context = state.context;
	const view = resultView(model, { context, answers: state.answers, targets: state.targets, plan: state.plan }, resources);
	const download = () => {
		const file = buildResultFile(model, context, state.answers, view.targets, { plan: state.plan, respondent });
		downloadText(`agentops-assessment-${file.createdAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
	};

	return (
		<>
			<p class="print-only">
				{T.printedHeader(
					new Date().toISOString().slice(0, 10),
					SCALE_TEXT[context.scale],
					AUDIENCE_TEXT[context.audience],
					context.scopes.map((x) => SCOPE_TEXT[x]).join('; '),
					model.meta.version,
				)}
			</p>
			<ResultsView
				view={view}
				levels={levels}
				onTarget={setTarget}
				onPlan={setStepPlan}
				actions={
					<>
						<label class="respondent-field">
							{T.respondentLabel}
							<input type="text" maxLength={MAX_LABEL_LENGTH} value={respondent} onInput={(e) => setRespondent(e.currentTarget.value)} />
						</label>
						<button type="button" onClick={download}>
							{T.download}
						</button>
						<button type="button" onClick={() => window.print()}>
							{T.print}
						</button>
						<a class="button" href={href(routes.assessment.index)}>
							{T.change}
						</a>
					</>
				}
				after={<ShareAndExport model={model} context={context} answers={state.answers} targets={view.targets} plan={state.plan} />}
			/>
		</>
	);
}
