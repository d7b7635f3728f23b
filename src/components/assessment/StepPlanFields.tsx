/**
 * Owner, due date and status of one roadmap step: editable on the person's own results, a line
 * of text everywhere else. Each change goes to the store action at once (no form to submit).
 */
import { useState } from 'preact/hooks';
import { PLAN_TEXT as T } from '../../lib/assessment/messages';
import { isPlanDay, PLAN_LIMITS, STEP_STATUSES, type StepPlan, type StepPlanView, type StepStatus } from '../../lib/assessment/plan';

type Props = {
	plan: StepPlanView;
	/** Prefix of the fields' ids, unique per step. */
	id: string;
	onChange?: ((change: StepPlan) => void) | undefined;
};

/** The plan as one line of text: on a read-only result, and in the printout of an editable one. */
function PlanLine({ plan, className }: { plan: StepPlanView; className: string }) {
	return (
		<p class={className}>
			{T.status}: {T.statuses[plan.status]}
			{plan.owner && ` · ${T.owner}: ${plan.owner}`} · {T.due}: {plan.due}
			{plan.dueProposed && ` (${T.proposed})`}
		</p>
	);
}

export default function StepPlanFields({ plan, id, onChange }: Props) {
	const [badDue, setBadDue] = useState(false);
	if (!onChange) {
		if (!plan.owner && plan.status === 'todo' && plan.dueProposed) return null;
		return <PlanLine plan={plan} className="roadmap__plan" />;
	}
	const { years } = PLAN_LIMITS;
	// Form controls print as empty boxes; the printout gets the same facts as a line of text.
	return (
		<>
			<PlanLine plan={plan} className="roadmap__plan print-only" />
			<div class="roadmap__plan plan-fields no-print">
				<div>
					<label for={`${id}-owner`}>{T.owner}</label>
					<input
						id={`${id}-owner`}
						type="text"
						maxLength={PLAN_LIMITS.owner}
						placeholder={T.ownerHint}
						value={plan.owner}
						onChange={(e) => onChange({ owner: e.currentTarget.value })}
					/>
				</div>
				<div>
					<label for={`${id}-due`}>
						{T.due}
						{plan.dueProposed && <span class="hint"> ({T.proposed})</span>}
					</label>
					<input
						id={`${id}-due`}
						type="date"
						min={`${years.from}-01-01`}
						max={`${years.to}-12-31`}
						value={plan.due}
						aria-invalid={badDue || undefined}
						aria-describedby={badDue ? `${id}-due-error` : undefined}
						onChange={(e) => {
							const value = e.currentTarget.value;
							const ok = value === '' || isPlanDay(value);
							setBadDue(!ok);
							if (ok) onChange({ due: value });
						}}
					/>
					{badDue && (
						<p id={`${id}-due-error`} class="field-error" role="alert">
							{T.invalidDue}
						</p>
					)}
				</div>
				<div>
					<label for={`${id}-status`}>{T.status}</label>
					<select id={`${id}-status`} value={plan.status} onChange={(e) => onChange({ status: e.currentTarget.value as StepStatus })}>
						{STEP_STATUSES.map((s) => (
							<option key={s} value={s}>
								{T.statuses[s]}
							</option>
						))}
					</select>
				</div>
			</div>
		</>
	);
}
