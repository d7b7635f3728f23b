/**
 * The agenda builder island: start from a path, a blank page or assessment results; add, remove
 * and reorder sessions (buttons, or Alt+Arrow keys on a row); set date, start time and break
 * rules; see clock times and the total; export Markdown or .ics, or print. State and actions
 * live in src/stores/agenda.ts; rules in src/lib/workshop/.
 */
import { downloadText } from '../download';
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import {
	$agenda,
	$pendingPath,
	$previous,
	$refused,
	$saveFailed,
	$status,
	$storedProblem,
	addCustomBlock,
	addLunch,
	addDayBreak,
	addModuleToAgenda,
	discardStoredProblem,
	initAgenda,
	keepAgenda,
	moveInAgenda,
	removeFromAgenda,
	replaceWithPendingPath,
	startBlank,
	startFromModules,
	startFromPath,
	undoReplace,
	updateBreaks,
	updateSettings,
} from '../../stores/agenda';
import { hasModule, toScheduleItems, type AgendaItem } from '../../lib/workshop/agenda';
import { schedule } from '../../lib/workshop/schedule';
import { scheduleToMarkdown } from '../../lib/workshop/markdown';
import { scheduleToIcs, untimedSessions } from '../../lib/workshop/ics';
import { modulesForResults, weakestDimensions } from '../../lib/workshop/results';
import { formatDuration, isIsoDate } from '../../lib/workshop/time';
import { AGENDA_TEXT as T, RESULTS_HOW_TO, RESULTS_PROBLEM_TEXT, STORED_AGENDA_PROBLEM, warningText } from '../../lib/workshop/messages';
import type { ModuleSummary, PathSummary } from '../../lib/workshop/types';
import { DATE_RANGE, LIMITS, MAX_TITLE } from '../../lib/workshop/limits';

type Props = {
	modules: ModuleSummary[];
	paths: PathSummary[];
	dimensions: { id: string; name: string }[];
	/** Site paths of module pages by id, already passed through href(). */
	moduleHrefs: Record<string, string>;
	/** The published assessment model, fetched only to read results given to the builder. */
	modelUrl: string;
};

const fileSlug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'agenda';

export default function AgendaBuilder({ modules, paths, dimensions, moduleHrefs, modelUrl }: Props) {
	const agenda = useStore($agenda);
	const previous = useStore($previous);
	const status = useStore($status);
	const saveFailed = useStore($saveFailed);
	const storedProblem = useStore($storedProblem);
	const refused = useStore($refused);
	const pendingPath = useStore($pendingPath);
	const byId = useMemo(() => new Map(modules.map((m) => [m.id, m])), [modules]);
	const dimensionIds = useMemo(() => dimensions.map((d) => d.id), [dimensions]);
	const [pathChoice, setPathChoice] = useState(paths[0]?.id ?? '');
	const [moduleChoice, setModuleChoice] = useState('');
	const [customTitle, setCustomTitle] = useState('');
	const [customMinutes, setCustomMinutes] = useState('');
	const [resultsText, setResultsText] = useState('');
	const [resultsError, setResultsError] = useState('');
	const [customError, setCustomError] = useState('');
	const [numbers, setNumbers] = useState({ every: '', minutes: '', lunchMinutes: '' });
	const [numberError, setNumberError] = useState('');
	const focusAfter = useRef<string | null>(null);

	useEffect(() => {
		void initAgenda(modules, paths, window.location.search);
		const fromUrl = new URLSearchParams(window.location.search).get('path');
		if (fromUrl && paths.some((p) => p.id === fromUrl)) setPathChoice(fromUrl);
	}, []);
	useEffect(() => {
		setNumbers({
			every: String(agenda.breaks.every),
			minutes: String(agenda.breaks.minutes),
			lunchMinutes: String(agenda.breaks.lunch?.minutes ?? 45),
		});
	}, [agenda.breaks]);
	useEffect(() => {
		if (!focusAfter.current) return;
		document.getElementById(focusAfter.current)?.focus();
		focusAfter.current = null;
	});

	const plan = useMemo(() => schedule(toScheduleItems(agenda, modules), { start: agenda.start, breaks: agenda.breaks }), [agenda, modules]);
	const titleOf = (id: string) => byId.get(id)?.title ?? id;
	const itemTitle = (item: AgendaItem) =>
		item.kind === 'module' ? titleOf(item.moduleId) : item.kind === 'custom' ? item.title : T.newDay;
	const warnings = plan.warnings.map((w) => warningText(w, titleOf));
	const available = modules.filter((m) => !hasModule(agenda, m.id));

	function move(item: AgendaItem, delta: number) {
		const position = moveInAgenda(item.key, delta, itemTitle(item));
		const last = agenda.items.length;
		const id = (dir: string) => `${dir}-${item.key}`;
		focusAfter.current = delta < 0 ? (position === 1 ? id('down') : id('up')) : position === last ? id('up') : id('down');
	}

	/** Answer the "replace your agenda?" question; the address then drops ?path so a reload does not ask again. */
	function answerPath(replace: boolean) {
		if (replace) replaceWithPendingPath();
		else keepAgenda();
		const url = new URL(window.location.href);
		url.searchParams.delete('path');
		window.history.replaceState(window.history.state, '', url);
		focusAfter.current = 'path-choice';
	}

	function onRowKey(item: AgendaItem, e: TargetedKeyboardEvent<HTMLLIElement>) {
		if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
		e.preventDefault();
		move(item, e.key === 'ArrowUp' ? -1 : 1);
	}

	async function applyResults(text: string) {
		// The assessment's readers (zod, scoring) and its questions load when someone gives the builder results.
		const [{ parseResults }, { INPUT_PROBLEM_TEXT }, model] = await Promise.all([
			import('../../lib/workshop/results-input'),
			import('../../lib/assessment/messages'),
			import('../assessment/load-model').then((m) => m.loadModel(modelUrl)),
		]);
		if (!model) return setResultsError(T.resultsModelMissing);
		const parsed = parseResults(text, model);
		if (!parsed.ok) {
			setResultsError(
				parsed.problem === 'assessment'
					? `${INPUT_PROBLEM_TEXT[parsed.reason]} (${parsed.detail}) ${RESULTS_HOW_TO}`
					: `${RESULTS_PROBLEM_TEXT[parsed.problem]}${parsed.problem === 'wrong-shape' ? ` (${parsed.detail})` : ` ${parsed.detail}`}`,
			);
			return;
		}
		const weakest = weakestDimensions(parsed.levels, dimensionIds);
		if (weakest.length === 0) {
			setResultsError(T.allAtTop);
			return;
		}
		setResultsError('');
		const chosen = modulesForResults(parsed.levels, modules, dimensionIds);
		const names = weakest.map((w) => T.weakestName(dimensions.find((d) => d.id === w.dimensionId)?.name, w.level)).join(', ');
		startFromModules(chosen, T.chosenForWeakest(chosen.length, names));
	}

	async function onResultsFile(e: TargetedEvent<HTMLInputElement>) {
		const file = e.currentTarget.files?.[0];
		if (!file) return;
		if (file.size > 1_000_000) {
			setResultsError(T.fileTooLarge);
			return;
		}
		const text = await file.text();
		setResultsText(text);
		await applyResults(text);
	}

	function onNumber(field: 'every' | 'minutes' | 'lunchMinutes', value: string) {
		setNumbers((current) => ({ ...current, [field]: value }));
		const n = Number(value);
		const { min, max } = field === 'every' ? LIMITS.every : field === 'minutes' ? LIMITS.breakMinutes : LIMITS.lunchMinutes;
		if (!Number.isInteger(n) || n < min || n > max) {
			setNumberError(T.minutesRange(min, max));
			return;
		}
		setNumberError('');
		if (field === 'lunchMinutes') {
			updateBreaks({ lunch: { minutes: n } });
		} else updateBreaks({ [field]: n });
	}

	function addCustom(e: Event) {
		e.preventDefault();
		const title = customTitle.trim();
		const minutes = customMinutes.trim() === '' ? null : Number(customMinutes);
		if (!title) return setCustomError(T.customTitleMissing);
		const { min, max } = LIMITS.customMinutes;
		if (minutes !== null && (!Number.isInteger(minutes) || minutes < min || minutes > max))
			return setCustomError(T.customMinutesRange(min, max));
		setCustomError('');
		// Refused (a limit, said in the alert above): what was typed stays, to try again.
		if (!addCustomBlock(title, minutes)) return;
		setCustomTitle('');
		setCustomMinutes('');
	}

	function exportMarkdown() {
		const links = Object.fromEntries(Object.entries(moduleHrefs).map(([id, path]) => [id, new URL(path, window.location.origin).href]));
		downloadText(
			`${fileSlug(agenda.title)}-${agenda.date}.md`,
			scheduleToMarkdown(plan, { title: agenda.title, date: agenda.date, links, warnings }),
			'text/markdown;charset=utf-8',
		);
		$status.set(T.downloadedMarkdown);
	}

	function exportIcs() {
		const details = Object.fromEntries(
			modules.map((m) => [
				m.id,
				[
					m.description,
					'',
					T.objectives,
					...m.objectives.map((o) => `- ${o}`),
					'',
					new URL(moduleHrefs[m.id] ?? '/', window.location.origin).href,
				].join('\n'),
			]),
		);
		const ics = scheduleToIcs(plan, {
			title: agenda.title,
			date: agenda.date,
			uidDomain: window.location.hostname || 'agentops.local',
			now: new Date(),
			details,
		});
		downloadText(`${fileSlug(agenda.title)}-${agenda.date}.ics`, ics, 'text/calendar;charset=utf-8');
		const untimed = untimedSessions(plan);
		$status.set(untimed.length ? T.leftOutOfCalendar(untimed.map((t) => `“${t}”`).join(', ')) : T.downloadedIcs);
	}

	return (
		<div class="builder">
			<p class="visually-hidden" role="status" aria-live="polite">
				{status}
			</p>

			{saveFailed && (
				<p class="alert builder-controls" role="alert">
					{T.saveFailed}
				</p>
			)}
			{refused && (
				<p class="alert builder-controls" role="alert">
					{refused}
				</p>
			)}
			{pendingPath && (
				<section class="alert builder-controls" aria-labelledby="pending-path-question">
					<h2 id="pending-path-question">{T.replaceQuestion(pendingPath.title)}</h2>
					<p>{T.replaceExplain}</p>
					<p class="actions">
						<button type="button" class="button--primary" onClick={() => answerPath(false)}>
							{T.keepMine}
						</button>
						<button type="button" onClick={() => answerPath(true)}>
							{T.replaceWithPath}
						</button>
						<button type="button" onClick={exportMarkdown}>
							{T.downloadMineFirst}
						</button>
					</p>
				</section>
			)}
			{storedProblem && (
				<div class="alert builder-controls" role="alert">
					<p>{STORED_AGENDA_PROBLEM}</p>
					<p>
						{T.storedDetails} {storedProblem.detail}
					</p>
					<p class="actions">
						<button type="button" onClick={() => downloadText('saved-agenda.json', storedProblem.raw)}>
							{T.downloadStored}
						</button>
						<button type="button" onClick={discardStoredProblem}>
							{T.replaceStored}
						</button>
					</p>
				</div>
			)}

			<fieldset class="builder-controls">
				<legend>{T.startFrom}</legend>
				<div class="field-row">
					<div class="field">
						<label for="path-choice">{T.pathLabel}</label>
						<select id="path-choice" value={pathChoice} onChange={(e) => setPathChoice(e.currentTarget.value)}>
							{paths.map((p) => (
								<option value={p.id}>
									{p.title} ({p.length.toLowerCase()})
								</option>
							))}
						</select>
					</div>
					<button
						type="button"
						class="button--primary"
						onClick={() => {
							const p = paths.find((x) => x.id === pathChoice);
							if (p) startFromPath(p);
						}}
					>
						{T.usePath}
					</button>
					<button type="button" onClick={startBlank}>
						{T.blankAgenda}
					</button>
				</div>
				<details class="results">
					<summary>{T.fromResults}</summary>
					<p>
						{T.resultsIntro}{' '}
						<code>
							[{'{'}"dimensionId": "validation-gates", "level": 2{'}'}]
						</code>
						{T.resultsIntroAfter}
					</p>
					<div class="field">
						<label for="results-text">{T.resultsJson}</label>
						<textarea
							id="results-text"
							value={resultsText}
							onInput={(e) => setResultsText(e.currentTarget.value)}
							aria-describedby={resultsError ? 'results-error' : undefined}
							aria-invalid={resultsError ? 'true' : undefined}
						/>
					</div>
					<div class="field-row">
						<div class="field">
							<label for="results-file">{T.resultsFile}</label>
							<input id="results-file" type="file" accept=".json,application/json" onChange={onResultsFile} />
						</div>
						<button type="button" onClick={() => applyResults(resultsText)}>
							{T.chooseFromResults}
						</button>
					</div>
					{resultsError && (
						<p id="results-error" class="problem">
							{resultsError}
						</p>
					)}
				</details>
				{previous && (
					<p class="actions">
						<span>{status}</span>
						<button type="button" onClick={undoReplace}>
							{T.bringBack}
						</button>
					</p>
				)}
			</fieldset>

			<fieldset class="builder-controls">
				<legend>{T.dayAndBreaks}</legend>
				<div class="field-row">
					<div class="field">
						<label for="agenda-title">{T.title}</label>
						<input
							id="agenda-title"
							type="text"
							maxLength={MAX_TITLE}
							value={agenda.title}
							onInput={(e) => updateSettings({ title: e.currentTarget.value })}
						/>
					</div>
					<div class="field">
						<label for="agenda-date">{T.date}</label>
						<input
							id="agenda-date"
							type="date"
							min={DATE_RANGE.min}
							max={DATE_RANGE.max}
							value={agenda.date}
							onChange={(e) => {
								// A date out of range is refused (said in the alert above): show the date that stays.
								const value = e.currentTarget.value;
								if (isIsoDate(value) && !updateSettings({ date: value })) e.currentTarget.value = agenda.date;
							}}
						/>
					</div>
					<div class="field">
						<label for="agenda-start">{T.start}</label>
						<input
							id="agenda-start"
							type="time"
							value={agenda.start}
							onChange={(e) => /^\d{2}:\d{2}$/.test(e.currentTarget.value) && updateSettings({ start: e.currentTarget.value })}
						/>
					</div>
				</div>
				<div class="field-row">
					<div class="field">
						<label for="break-every">{T.breakEvery}</label>
						<input
							id="break-every"
							type="number"
							min={LIMITS.every.min}
							max={LIMITS.every.max}
							step={5}
							value={numbers.every}
							onInput={(e) => onNumber('every', e.currentTarget.value)}
						/>
					</div>
					<div class="field">
						<label for="break-minutes">{T.breakMinutes}</label>
						<input
							id="break-minutes"
							type="number"
							min={LIMITS.breakMinutes.min}
							max={LIMITS.breakMinutes.max}
							step={5}
							value={numbers.minutes}
							onInput={(e) => onNumber('minutes', e.currentTarget.value)}
						/>
					</div>
				</div>
				<div class="field-row">
					<label class="checkbox">
						<input
							type="checkbox"
							checked={agenda.breaks.lunch !== null}
							onChange={(e) =>
								e.currentTarget.checked
									? addLunch({ at: '12:30', minutes: Number(numbers.lunchMinutes) || 45 })
									: updateBreaks({ lunch: null })
							}
						/>
						{T.lunch}
					</label>
					{agenda.breaks.lunch && (
						<>
							<div class="field">
								<label for="lunch-at">{T.lunchAt}</label>
								<input
									id="lunch-at"
									type="time"
									value={agenda.breaks.lunch.at}
									onChange={(e) => /^\d{2}:\d{2}$/.test(e.currentTarget.value) && updateBreaks({ lunch: { at: e.currentTarget.value } })}
								/>
							</div>
							<div class="field">
								<label for="lunch-minutes">{T.lunchMinutes}</label>
								<input
									id="lunch-minutes"
									type="number"
									min={LIMITS.lunchMinutes.min}
									max={LIMITS.lunchMinutes.max}
									step={5}
									value={numbers.lunchMinutes}
									onInput={(e) => onNumber('lunchMinutes', e.currentTarget.value)}
								/>
							</div>
						</>
					)}
				</div>
				{numberError && <p class="problem">{numberError}</p>}
			</fieldset>

			<section class="builder-controls" aria-labelledby="sessions-heading">
				<h2 id="sessions-heading">{T.sessions}</h2>
				{agenda.items.length === 0 ? (
					<p>{T.noSessions}</p>
				) : (
					<>
						<p id="reorder-help">{T.reorderHelp}</p>
						<ol class="agenda-items" aria-describedby="reorder-help">
							{agenda.items.map((item, i) => {
								const title = itemTitle(item);
								const m = item.kind === 'module' ? byId.get(item.moduleId) : undefined;
								return (
									<li
										key={item.key}
										class={`agenda-item${item.kind === 'day' ? ' agenda-item--day' : ''}`}
										onKeyDown={(e) => onRowKey(item, e)}
									>
										<div class="agenda-item__title">
											<strong>{title}</strong>
											<span>
												{item.kind === 'module' && m && T.moduleMeta(formatDuration(m.teachingMinutes + m.exerciseMinutes), m.order)}
												{item.kind === 'custom' && (item.minutes === null ? T.noTimeYet : T.customMeta(formatDuration(item.minutes)))}
												{item.kind === 'day' && T.dayMeta}
											</span>
										</div>
										<div class="actions">
											<button
												type="button"
												id={`up-${item.key}`}
												disabled={i === 0}
												onClick={() => move(item, -1)}
												aria-label={T.moveUpLabel(title)}
											>
												{T.moveUp}
											</button>
											<button
												type="button"
												id={`down-${item.key}`}
												disabled={i === agenda.items.length - 1}
												onClick={() => move(item, 1)}
												aria-label={T.moveDownLabel(title)}
											>
												{T.moveDown}
											</button>
											<button
												type="button"
												onClick={() => {
													focusAfter.current = 'add-module';
													removeFromAgenda(item.key, title);
												}}
												aria-label={T.removeLabel(title)}
											>
												{T.remove}
											</button>
										</div>
									</li>
								);
							})}
						</ol>
					</>
				)}
				<div class="field-row">
					<div class="field">
						<label for="add-module">{T.addModuleLabel}</label>
						<select id="add-module" value={moduleChoice} onChange={(e) => setModuleChoice(e.currentTarget.value)}>
							<option value="">{T.chooseModule}</option>
							{available.map((m) => (
								<option value={m.id}>
									{m.order}. {m.title} ({formatDuration(m.teachingMinutes + m.exerciseMinutes)})
								</option>
							))}
						</select>
					</div>
					<button
						type="button"
						disabled={!moduleChoice}
						onClick={() => {
							const m = byId.get(moduleChoice);
							if (m) addModuleToAgenda(m);
							setModuleChoice('');
						}}
					>
						{T.addModule}
					</button>
					<button type="button" onClick={addDayBreak}>
						{T.addDay}
					</button>
				</div>
				<form class="field-row" onSubmit={addCustom}>
					<div class="field">
						<label for="custom-title">{T.customLabel}</label>
						<input
							id="custom-title"
							type="text"
							maxLength={MAX_TITLE}
							value={customTitle}
							onInput={(e) => setCustomTitle(e.currentTarget.value)}
						/>
					</div>
					<div class="field">
						<label for="custom-minutes">{T.customMinutes}</label>
						<input
							id="custom-minutes"
							type="number"
							min={LIMITS.customMinutes.min}
							max={LIMITS.customMinutes.max}
							value={customMinutes}
							onInput={(e) => setCustomMinutes(e.currentTarget.value)}
						/>
					</div>
					<button type="submit">{T.addBlock}</button>
				</form>
				{customError && <p class="problem">{customError}</p>}
			</section>

			<section aria-labelledby="schedule-heading">
				<h2 id="schedule-heading" class="no-print">
					{T.schedule}
				</h2>
				<p class="print-only print-title">
					<strong>{agenda.title}</strong> · {agenda.date}
				</p>
				{plan.days.map((day) => (
					<div class="table-wrap">
						<table>
							<caption>
								{plan.days.length > 1 ? T.dayPrefix(day.number) : ''}
								{day.start}–{day.end} ({formatDuration(day.minutes)})
							</caption>
							<thead>
								<tr>
									<th scope="col">{T.time}</th>
									<th scope="col">{T.session}</th>
									<th scope="col">{T.length}</th>
								</tr>
							</thead>
							<tbody>
								{day.slots.map((s) => (
									<tr class={s.kind === 'session' ? undefined : 'slot--pause'}>
										<td>
											{s.start}–{s.end}
										</td>
										<th scope="row">{s.id && moduleHrefs[s.id] ? <a href={moduleHrefs[s.id]}>{s.title}</a> : s.title}</th>
										<td>{formatDuration(s.minutes)}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				))}
				<p class="totals" data-testid="total">
					{T.total} {formatDuration(plan.totals.minutes)}
					{plan.totals.sessions > 0 &&
						T.totalsBreakdown(
							formatDuration(plan.totals.teaching),
							formatDuration(plan.totals.exercise),
							formatDuration(plan.totals.breaks),
						)}
				</p>
				{warnings.length > 0 && (
					<div class="warnings" role="region" aria-labelledby="warnings-heading">
						<h3 id="warnings-heading">{T.checkBefore}</h3>
						<ul>
							{warnings.map((w) => (
								<li>{w}</li>
							))}
						</ul>
					</div>
				)}
			</section>

			<section class="builder-controls" aria-labelledby="export-heading">
				<h2 id="export-heading">{T.export}</h2>
				<p class="actions">
					<button type="button" onClick={exportMarkdown} disabled={plan.totals.sessions === 0}>
						{T.downloadMarkdown}
					</button>
					<button type="button" onClick={exportIcs} disabled={plan.totals.sessions === 0}>
						{T.downloadIcs}
					</button>
					<button type="button" onClick={() => window.print()}>
						{T.print}
					</button>
				</p>
			</section>
		</div>
	);
}
