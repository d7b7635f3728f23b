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
	$previous,
	$status,
	$storedProblem,
	addCustomBlock,
	addLunch,
	addDayBreak,
	addModuleToAgenda,
	discardStoredProblem,
	initAgenda,
	moveInAgenda,
	removeFromAgenda,
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
import { scheduleToIcs } from '../../lib/workshop/ics';
import { modulesForResults, weakestDimensions } from '../../lib/workshop/results';
import { formatDuration, isIsoDate } from '../../lib/workshop/time';
import { RESULTS_PROBLEM_TEXT, STORED_AGENDA_PROBLEM, warningText } from '../../lib/workshop/messages';
import type { ModuleSummary, PathSummary } from '../../lib/workshop/types';
import { LIMITS } from '../../lib/workshop/limits';

type Props = {
	modules: ModuleSummary[];
	paths: PathSummary[];
	dimensions: { id: string; name: string }[];
	/** Site paths of module pages by id, already passed through href(). */
	moduleHrefs: Record<string, string>;
};

const fileSlug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'agenda';

export default function AgendaBuilder({ modules, paths, dimensions, moduleHrefs }: Props) {
	const agenda = useStore($agenda);
	const previous = useStore($previous);
	const status = useStore($status);
	const storedProblem = useStore($storedProblem);
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
		setNumbers({ every: String(agenda.breaks.every), minutes: String(agenda.breaks.minutes), lunchMinutes: String(agenda.breaks.lunch?.minutes ?? 45) });
	}, [agenda.breaks]);
	useEffect(() => {
		if (!focusAfter.current) return;
		document.getElementById(focusAfter.current)?.focus();
		focusAfter.current = null;
	});

	const plan = useMemo(() => schedule(toScheduleItems(agenda, modules), { start: agenda.start, breaks: agenda.breaks }), [agenda, modules]);
	const titleOf = (id: string) => byId.get(id)?.title ?? id;
	const itemTitle = (item: AgendaItem) => (item.kind === 'module' ? titleOf(item.moduleId) : item.kind === 'custom' ? item.title : 'New day');
	const warnings = plan.warnings.map((w) => warningText(w, titleOf));
	const available = modules.filter((m) => !hasModule(agenda, m.id));

	function move(item: AgendaItem, delta: number) {
		const position = moveInAgenda(item.key, delta, itemTitle(item));
		const last = agenda.items.length;
		const id = (dir: string) => `${dir}-${item.key}`;
		focusAfter.current = delta < 0 ? (position === 1 ? id('down') : id('up')) : position === last ? id('up') : id('down');
	}

	function onRowKey(item: AgendaItem, e: TargetedKeyboardEvent<HTMLLIElement>) {
		if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
		e.preventDefault();
		move(item, e.key === 'ArrowUp' ? -1 : 1);
	}

	async function applyResults(text: string) {
		// The reader brings zod, so it is loaded when someone gives the builder results.
		const { parseResults } = await import('../../lib/workshop/results-input');
		const parsed = parseResults(text, dimensionIds);
		if (!parsed.ok) {
			setResultsError(`${RESULTS_PROBLEM_TEXT[parsed.problem]}${parsed.problem === 'unknown-dimension' ? ` ${parsed.detail}` : ` (${parsed.detail})`}`);
			return;
		}
		const weakest = weakestDimensions(parsed.levels, dimensionIds);
		if (weakest.length === 0) {
			setResultsError('Every dimension is at level 5 already: there is no step up to plan for.');
			return;
		}
		setResultsError('');
		const chosen = modulesForResults(parsed.levels, modules, dimensionIds);
		const names = weakest.map((w) => `${dimensions.find((d) => d.id === w.dimensionId)?.name} (level ${w.level})`).join(', ');
		startFromModules(chosen, `Chose ${chosen.length} modules for the weakest dimensions: ${names}.`);
	}

	async function onResultsFile(e: TargetedEvent<HTMLInputElement>) {
		const file = e.currentTarget.files?.[0];
		if (!file) return;
		if (file.size > 1_000_000) {
			setResultsError('That file is larger than 1 MB; an assessment result is much smaller. Check you chose the right file.');
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
			setNumberError(`Enter a whole number of minutes from ${min} to ${max}.`);
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
		if (!title) return setCustomError('Give the block a title, for example “Welcome and introductions”.');
		const { min, max } = LIMITS.customMinutes;
		if (minutes !== null && (!Number.isInteger(minutes) || minutes < min || minutes > max)) return setCustomError(`Minutes must be a whole number from ${min} to ${max}, or empty if not known yet.`);
		setCustomError('');
		addCustomBlock(title, minutes);
		setCustomTitle('');
		setCustomMinutes('');
	}

	function exportMarkdown() {
		const links = Object.fromEntries(Object.entries(moduleHrefs).map(([id, path]) => [id, new URL(path, window.location.origin).href]));
		downloadText(`${fileSlug(agenda.title)}-${agenda.date}.md`, scheduleToMarkdown(plan, { title: agenda.title, date: agenda.date, links, warnings }), 'text/markdown;charset=utf-8');
		$status.set('Downloaded the agenda as Markdown.');
	}

	function exportIcs() {
		const details = Object.fromEntries(
			modules.map((m) => [m.id, [m.description, '', 'Objectives:', ...m.objectives.map((o) => `- ${o}`), '', new URL(moduleHrefs[m.id] ?? '/', window.location.origin).href].join('\n')]),
		);
		const ics = scheduleToIcs(plan, { title: agenda.title, date: agenda.date, uidDomain: window.location.hostname || 'agentops.local', now: new Date(), details });
		downloadText(`${fileSlug(agenda.title)}-${agenda.date}.ics`, ics, 'text/calendar;charset=utf-8');
		$status.set('Downloaded the agenda as a calendar file.');
	}

	return (
		<div class="builder">
			<p class="visually-hidden" role="status" aria-live="polite">
				{status}
			</p>

			{storedProblem && (
				<div class="alert builder-controls" role="alert">
					<p>{STORED_AGENDA_PROBLEM}</p>
					<p>Details: {storedProblem.detail}</p>
					<p class="actions">
						<button type="button" onClick={() => downloadText('saved-agenda.json', storedProblem.raw)}>
							Download the saved data
						</button>
						<button type="button" onClick={discardStoredProblem}>
							Replace it with the agenda on screen
						</button>
					</p>
				</div>
			)}

			<fieldset class="builder-controls">
				<legend>Start from</legend>
				<div class="field-row">
					<div class="field">
						<label for="path-choice">A learning path</label>
						<select id="path-choice" value={pathChoice} onChange={(e) => setPathChoice(e.currentTarget.value)}>
							{paths.map((p) => (
								<option value={p.id}>
									{p.title} ({p.length.toLowerCase()})
								</option>
							))}
						</select>
					</div>
					<button type="button" class="button--primary" onClick={() => { const p = paths.find((x) => x.id === pathChoice); if (p) startFromPath(p); }}>
						Use this path
					</button>
					<button type="button" onClick={startBlank}>
						Blank agenda
					</button>
				</div>
				<details class="results">
					<summary>From a team's assessment results</summary>
					<p>
						Paste the results you exported from the assessment, or a list of levels such as{' '}
						<code>[{'{'}"dimensionId": "validation-gates", "level": 2{'}'}]</code>. The three weakest dimensions choose the modules. Nothing
						leaves this browser.
					</p>
					<div class="field">
						<label for="results-text">Results JSON</label>
						<textarea id="results-text" value={resultsText} onInput={(e) => setResultsText(e.currentTarget.value)} aria-describedby={resultsError ? 'results-error' : undefined} aria-invalid={resultsError ? 'true' : undefined} />
					</div>
					<div class="field-row">
						<div class="field">
							<label for="results-file">Or load a results file</label>
							<input id="results-file" type="file" accept=".json,application/json" onChange={onResultsFile} />
						</div>
						<button type="button" onClick={() => applyResults(resultsText)}>
							Choose modules from results
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
							Bring back the previous agenda
						</button>
					</p>
				)}
			</fieldset>

			<fieldset class="builder-controls">
				<legend>Day and breaks</legend>
				<div class="field-row">
					<div class="field">
						<label for="agenda-title">Title</label>
						<input id="agenda-title" type="text" maxLength={120} value={agenda.title} onInput={(e) => updateSettings({ title: e.currentTarget.value })} />
					</div>
					<div class="field">
						<label for="agenda-date">Date of the first day</label>
						<input id="agenda-date" type="date" value={agenda.date} onChange={(e) => isIsoDate(e.currentTarget.value) && updateSettings({ date: e.currentTarget.value })} />
					</div>
					<div class="field">
						<label for="agenda-start">Start time</label>
						<input id="agenda-start" type="time" value={agenda.start} onChange={(e) => /^\d{2}:\d{2}$/.test(e.currentTarget.value) && updateSettings({ start: e.currentTarget.value })} />
					</div>
				</div>
				<div class="field-row">
					<div class="field">
						<label for="break-every">Longest stretch without a break (min)</label>
						<input id="break-every" type="number" min={LIMITS.every.min} max={LIMITS.every.max} step={5} value={numbers.every} onInput={(e) => onNumber('every', e.currentTarget.value)} />
					</div>
					<div class="field">
						<label for="break-minutes">Break length (min)</label>
						<input id="break-minutes" type="number" min={LIMITS.breakMinutes.min} max={LIMITS.breakMinutes.max} step={5} value={numbers.minutes} onInput={(e) => onNumber('minutes', e.currentTarget.value)} />
					</div>
				</div>
				<div class="field-row">
					<label class="checkbox">
						<input type="checkbox" checked={agenda.breaks.lunch !== null} onChange={(e) => (e.currentTarget.checked ? addLunch({ at: '12:30', minutes: Number(numbers.lunchMinutes) || 45 }) : updateBreaks({ lunch: null }))} />
						Lunch break
					</label>
					{agenda.breaks.lunch && (
						<>
							<div class="field">
								<label for="lunch-at">Lunch around</label>
								<input id="lunch-at" type="time" value={agenda.breaks.lunch.at} onChange={(e) => /^\d{2}:\d{2}$/.test(e.currentTarget.value) && updateBreaks({ lunch: { at: e.currentTarget.value } })} />
							</div>
							<div class="field">
								<label for="lunch-minutes">Lunch length (min)</label>
								<input id="lunch-minutes" type="number" min={LIMITS.lunchMinutes.min} max={LIMITS.lunchMinutes.max} step={5} value={numbers.lunchMinutes} onInput={(e) => onNumber('lunchMinutes', e.currentTarget.value)} />
							</div>
						</>
					)}
				</div>
				{numberError && <p class="problem">{numberError}</p>}
			</fieldset>

			<section class="builder-controls" aria-labelledby="sessions-heading">
				<h2 id="sessions-heading">Sessions</h2>
				{agenda.items.length === 0 ? (
					<p>No sessions yet. Start from a path above, or add modules below.</p>
				) : (
					<>
						<p id="reorder-help">Reorder with the Move buttons, or press Alt+Up or Alt+Down on a row.</p>
						<ol class="agenda-items" aria-describedby="reorder-help">
							{agenda.items.map((item, i) => {
								const title = itemTitle(item);
								const m = item.kind === 'module' ? byId.get(item.moduleId) : undefined;
								return (
									<li key={item.key} class={`agenda-item${item.kind === 'day' ? ' agenda-item--day' : ''}`} onKeyDown={(e) => onRowKey(item, e)}>
										<div class="agenda-item__title">
											<strong>{title}</strong>
											<span>
												{item.kind === 'module' && m && `${formatDuration(m.teachingMinutes + m.exerciseMinutes)} · module ${m.order}`}
												{item.kind === 'custom' && (item.minutes === null ? 'No time set yet' : `${formatDuration(item.minutes)} · your own block`)}
												{item.kind === 'day' && 'The sessions below start on the next day'}
											</span>
										</div>
										<div class="actions">
											<button type="button" id={`up-${item.key}`} disabled={i === 0} onClick={() => move(item, -1)} aria-label={`Move up: ${title}`}>
												Move up
											</button>
											<button type="button" id={`down-${item.key}`} disabled={i === agenda.items.length - 1} onClick={() => move(item, 1)} aria-label={`Move down: ${title}`}>
												Move down
											</button>
											<button type="button" onClick={() => { focusAfter.current = 'add-module'; removeFromAgenda(item.key, title); }} aria-label={`Remove: ${title}`}>
												Remove
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
						<label for="add-module">Add a module</label>
						<select id="add-module" value={moduleChoice} onChange={(e) => setModuleChoice(e.currentTarget.value)}>
							<option value="">Choose a module…</option>
							{available.map((m) => (
								<option value={m.id}>
									{m.order}. {m.title} ({formatDuration(m.teachingMinutes + m.exerciseMinutes)})
								</option>
							))}
						</select>
					</div>
					<button type="button" disabled={!moduleChoice} onClick={() => { const m = byId.get(moduleChoice); if (m) addModuleToAgenda(m); setModuleChoice(''); }}>
						Add module
					</button>
					<button type="button" onClick={addDayBreak}>
						Add a new day
					</button>
				</div>
				<form class="field-row" onSubmit={addCustom}>
					<div class="field">
						<label for="custom-title">Your own block</label>
						<input id="custom-title" type="text" maxLength={120} value={customTitle} onInput={(e) => setCustomTitle(e.currentTarget.value)} />
					</div>
					<div class="field">
						<label for="custom-minutes">Minutes (optional)</label>
						<input id="custom-minutes" type="number" min={LIMITS.customMinutes.min} max={LIMITS.customMinutes.max} value={customMinutes} onInput={(e) => setCustomMinutes(e.currentTarget.value)} />
					</div>
					<button type="submit">Add block</button>
				</form>
				{customError && <p class="problem">{customError}</p>}
			</section>

			<section aria-labelledby="schedule-heading">
				<h2 id="schedule-heading" class="no-print">Schedule</h2>
				<p class="print-only print-title">
					<strong>{agenda.title}</strong> · {agenda.date}
				</p>
				{plan.days.map((day) => (
					<div class="table-wrap">
						<table>
							<caption>
								{plan.days.length > 1 ? `Day ${day.number}: ` : ''}
								{day.start}–{day.end} ({formatDuration(day.minutes)})
							</caption>
							<thead>
								<tr>
									<th scope="col">Time</th>
									<th scope="col">Session</th>
									<th scope="col">Length</th>
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
					Total: {formatDuration(plan.totals.minutes)}
					{plan.totals.sessions > 0 &&
						` (${formatDuration(plan.totals.teaching)} teaching, ${formatDuration(plan.totals.exercise)} exercises and discussion, ${formatDuration(plan.totals.breaks)} breaks)`}
				</p>
				{warnings.length > 0 && (
					<div class="warnings" role="region" aria-labelledby="warnings-heading">
						<h3 id="warnings-heading">Check before the day</h3>
						<ul>
							{warnings.map((w) => (
								<li>{w}</li>
							))}
						</ul>
					</div>
				)}
			</section>

			<section class="builder-controls" aria-labelledby="export-heading">
				<h2 id="export-heading">Export</h2>
				<p class="actions">
					<button type="button" onClick={exportMarkdown} disabled={plan.totals.sessions === 0}>
						Download Markdown
					</button>
					<button type="button" onClick={exportIcs} disabled={plan.totals.sessions === 0}>
						Download calendar (.ics)
					</button>
					<button type="button" onClick={() => window.print()}>
						Print
					</button>
				</p>
			</section>
		</div>
	);
}
