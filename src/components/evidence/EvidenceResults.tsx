/**
 * The scan's results against the saved assessment: the proposed answers to confirm (one or all),
 * the level per dimension the answers give beside the one the evidence alone supports, and each
 * asked practice's evidence with the files and lines. Answers change only through acceptProposals.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DONT_KNOW, NOT_APPLICABLE, WIZARD_TEXT, dimensionLevelText, dimensionScoreText } from '../../lib/assessment/messages';
import { findPractice, wordingFor, type Answer, type Context, type Model } from '../../lib/assessment/model';
import type { SavedState } from '../../lib/assessment/saved';
import { EVIDENCE_TEXT as T } from '../../lib/evidence/messages';
import type { PracticeEvidence, Proposal } from '../../lib/evidence/practices';
import type { FolderScan } from '../../lib/evidence/run';
import type { Finding } from '../../lib/evidence/types';
import { evidenceView } from '../../lib/evidence/view';
import { href } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { $saveFailed, acceptProposals, setContext } from '../../stores/assessment';
import ContextStep from '../assessment/ContextStep';

type Props = { model: Model; state: SavedState; scan: FolderScan; name: string; read: ReadonlySet<string>; onAgain: () => void };

export default function EvidenceResults({ model, state, scan, name, read, onAgain }: Props) {
	const heading = useRef<HTMLHeadingElement>(null);
	const saveFailed = useStore($saveFailed);
	const [saved, setSaved] = useState('');
	const [focusId, setFocusId] = useState<string | null>(null);
	const [draft, setDraft] = useState<Context | null>(null);
	// The proposals as the scan first made them: a confirmed one stays in the list, saying so.
	const [first, setFirst] = useState<Proposal[] | null>(null);
	useEffect(() => heading.current?.focus(), []);
	// After every render until it exists: the row that replaces the button is drawn only once the
	// store's new answers reach this island, which useStore does on a later render.
	useEffect(() => {
		const target = focusId && document.getElementById(focusId);
		if (target) {
			target.focus();
			setFocusId(null);
		}
	});

	const context = state.context;
	const view = context ? evidenceView(model, context, state.answers, scan.findings, read) : null;
	useEffect(() => {
		if (view && !first) setFirst(view.proposals);
	}, [view, first]);

	const audience = context?.audience ?? 'platform-teams';
	const statement = (id: string) => wordingFor(findPractice(model, id)!, audience).statement;
	const label = (id: string, a: Answer | undefined): string | null => {
		if (a === undefined) return null;
		if (a === 'dont-know') return DONT_KNOW;
		if (a === 'not-applicable') return NOT_APPLICABLE;
		return model.meta.scales[findPractice(model, id)!.answerScale][a]?.label ?? null;
	};
	const accept = (proposals: readonly Proposal[], focus: string) => {
		const changed = acceptProposals(proposals);
		if (changed === 0) return;
		// A refused save is said by the alert below, not called saved.
		setSaved($saveFailed.get() ? '' : T.saved(changed));
		setFocusId(focus);
	};
	const byName = scan.skipped.filter((s) => s.reason !== 'ignored-folder').length;
	const ignored = scan.skipped.length - byName;
	const shown = first ?? view?.proposals ?? [];
	const live = new Set(view?.proposals.map((p) => p.practiceId));

	return (
		<section class="evidence__results stack" aria-labelledby="evidence-results">
			<h2 id="evidence-results" ref={heading} tabIndex={-1}>
				{T.resultsTitle}
			</h2>
			<p>
				{T.summary(name, scan.total, byName)} {ignored > 0 && T.ignored(ignored)}
			</p>
			{scan.unreadable.length > 0 && <p class="note">{T.unreadable(scan.unreadable)}</p>}
			<div class="actions">
				<button type="button" onClick={onAgain}>
					{T.again}
				</button>
			</div>
			<p role="status">{saved}</p>
			{saveFailed && (
				<p class="alert" role="alert">
					{WIZARD_TEXT.saveFailed}
				</p>
			)}

			{!context || !view ? (
				<div class="note stack">
					<p>{T.contextFirst}</p>
					{/* Saved only on the button: ContextStep reports each complete choice, and more scopes may follow. */}
					<ContextStep value={null} onChange={setDraft} />
					<div class="actions">
						<button type="button" class="primary" disabled={!draft} onClick={() => draft && setContext(draft)}>
							{T.contextConfirm}
						</button>
					</div>
				</div>
			) : (
				<>
					<section class="stack" aria-labelledby="evidence-proposals">
						<h3 id="evidence-proposals" tabIndex={-1}>
							{T.proposalsTitle}
						</h3>
						{shown.length === 0 ? (
							<p>{T.noProposals}</p>
						) : (
							<>
								<p>{T.proposalsIntro}</p>
								{view.proposals.length > 1 && (
									<div class="actions">
										<button type="button" class="primary" onClick={() => accept(view.proposals, 'evidence-proposals')}>
											{T.useAll(view.proposals.length)}
										</button>
									</div>
								)}
								<ul class="evidence__proposals">
									{shown.map((p) => {
										const scale = model.meta.scales[findPractice(model, p.practiceId)!.answerScale];
										const proposed = scale[p.option]!.label;
										const rowId = `proposal-${p.practiceId}`;
										return (
											<li key={p.practiceId} class="evidence__proposal stack" aria-labelledby={`${rowId}-title`}>
												<p id={`${rowId}-title`}>
													<strong>{statement(p.practiceId)}</strong>
												</p>
												{live.has(p.practiceId) && (
													<p>
														{T.current(label(p.practiceId, state.answers[p.practiceId]))} · {T.proposed(proposed)}
													</p>
												)}
												{p.capped && <p class="hint">{T.capped}</p>}
												<Findings title={T.supportedBy} findings={p.findings} />
												{live.has(p.practiceId) ? (
													<button type="button" aria-describedby={`${rowId}-title`} onClick={() => accept([p], `${rowId}-done`)}>
														{T.useOne(proposed)}
													</button>
												) : (
													<p id={`${rowId}-done`} tabIndex={-1} class="evidence__done">
														{T.inAssessment(label(p.practiceId, state.answers[p.practiceId]) ?? '')}
													</p>
												)}
											</li>
										);
									})}
								</ul>
							</>
						)}
					</section>

					<section class="stack" aria-labelledby="evidence-levels">
						<h3 id="evidence-levels">{T.levelsTitle}</h3>
						<p>{T.levelsIntro}</p>
						<table class="evidence__levels">
							<thead>
								<tr>
									<th scope="col">{T.dimension}</th>
									<th scope="col">{T.byAnswers}</th>
									<th scope="col">{T.byEvidence}</th>
								</tr>
							</thead>
							<tbody>
								{view.dimensions.map((d) => (
									<tr key={d.id}>
										<th scope="row">{d.name}</th>
										<td>{T.levelCell(dimensionLevelText(d.claimed), dimensionScoreText(d.claimed))}</td>
										<td>{T.levelCell(dimensionLevelText(d.evidence), dimensionScoreText(d.evidence))}</td>
									</tr>
								))}
							</tbody>
						</table>
					</section>

					<section class="stack" aria-labelledby="evidence-practices">
						<h3 id="evidence-practices">{T.practicesTitle}</h3>
						{view.dimensions.map((d) => (
							<section key={d.id} class="evidence__dimension stack" aria-labelledby={`evidence-${d.id}`}>
								<h4 id={`evidence-${d.id}`}>{d.name}</h4>
								<PracticeList practices={d.practices.filter((p) => p.status !== 'not-expected')} statement={statement} />
								<NotExpected practices={d.practices.filter((p) => p.status === 'not-expected')} statement={statement} />
							</section>
						))}
					</section>

					<p class="actions">
						<a href={href(routes.assessment.index)}>{T.toAssessment}</a>
						<a href={href(routes.assessment.results)}>{T.toResults}</a>
					</p>
				</>
			)}
		</section>
	);
}

function Findings({ title, findings }: { title: string; findings: readonly Finding[] }) {
	if (findings.length === 0) return null;
	return (
		<div class="evidence__findings">
			<p class="hint">{title}</p>
			<ul>
				{findings.map((f) => (
					<li key={`${f.ruleId}:${f.path}:${f.line}`}>
						<code>{T.at(f.path, f.line)}</code> {f.reason}
					</li>
				))}
			</ul>
		</div>
	);
}

function PracticeList({ practices, statement }: { practices: PracticeEvidence[]; statement: (id: string) => string }) {
	if (practices.length === 0) return null;
	return (
		<ul class="evidence__practices">
			{practices.map((p) => (
				<li key={p.practiceId} class={`evidence__practice evidence__practice--${p.status}`}>
					<p>
						<span class="evidence__status">{T.status[p.status]}</span> {statement(p.practiceId)}
					</p>
					{T.statusHint[p.status] && <p class="hint">{T.statusHint[p.status]}</p>}
					<Findings title={T.supportedBy} findings={p.findings} />
					<Findings title={T.against} findings={p.counter} />
				</li>
			))}
		</ul>
	);
}

function NotExpected({ practices, statement }: { practices: PracticeEvidence[]; statement: (id: string) => string }) {
	if (practices.length === 0) return null;
	return (
		<details class="evidence__not-expected">
			<summary>{T.notExpectedCount(practices.length)}</summary>
			<p class="hint">{T.statusHint['not-expected']}</p>
			<ul>
				{practices.map((p) => (
					<li key={p.practiceId}>{statement(p.practiceId)}</li>
				))}
			</ul>
		</details>
	);
}
