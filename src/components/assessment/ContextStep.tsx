/** The context questions asked first: scale, audience and the kinds of AI use in scope. */
import { useState } from 'preact/hooks';
import type { Context } from '../../lib/assessment/model';
import { AUDIENCE_TEXT, CONTEXT_TEXT, SCALE_TEXT, SCOPE_TEXT } from '../../lib/assessment/messages';
import { AUDIENCE_IDS, SCALE_IDS, SCOPE_IDS, type AudienceId, type ScaleId, type ScopeId } from '../../schemas/ids';

type Props = { value: Context | null; onChange: (c: Context) => void };

export default function ContextStep({ value, onChange }: Props) {
	const [draft, setDraft] = useState<Partial<Context>>(value ?? { scopes: [] });
	const change = (next: Partial<Context>) => {
		setDraft(next);
		if (next.scale && next.audience && next.scopes && next.scopes.length > 0) onChange(next as Context);
	};
	const toggleScope = (scope: ScopeId, on: boolean) => {
		const scopes = (draft.scopes ?? []).filter((s) => s !== scope);
		change({ ...draft, scopes: on ? [...scopes, scope] : scopes });
	};
	return (
		<div class="stack">
			<ChoiceGroup
				legend={CONTEXT_TEXT.scale}
				name="ctx-scale"
				ids={SCALE_IDS}
				text={SCALE_TEXT}
				value={draft.scale}
				onChoose={(scale: ScaleId) => change({ ...draft, scale })}
			/>
			<ChoiceGroup
				legend={CONTEXT_TEXT.audience}
				name="ctx-audience"
				ids={AUDIENCE_IDS}
				text={AUDIENCE_TEXT}
				value={draft.audience}
				onChoose={(audience: AudienceId) => change({ ...draft, audience })}
			/>
			<fieldset class="question">
				<legend>{CONTEXT_TEXT.scopes}</legend>
				<p class="hint">{CONTEXT_TEXT.scopesHint}</p>
				<div class="question__options">
					{SCOPE_IDS.map((id) => (
						<label class="option" key={id}>
							<input
								type="checkbox"
								name="ctx-scope"
								value={id}
								checked={draft.scopes?.includes(id) ?? false}
								onChange={(e) => toggleScope(id, e.currentTarget.checked)}
							/>
							<span>{SCOPE_TEXT[id]}</span>
						</label>
					))}
				</div>
			</fieldset>
		</div>
	);
}

type ChoiceProps<T extends string> = {
	legend: string;
	name: string;
	ids: readonly T[];
	text: Record<T, string>;
	value: T | undefined;
	onChoose: (id: T) => void;
};

/** One context question: a fieldset of native radios, one per id, labelled from `text`. */
function ChoiceGroup<T extends string>({ legend, name, ids, text, value, onChoose }: ChoiceProps<T>) {
	return (
		<fieldset class="question">
			<legend>{legend}</legend>
			<div class="question__options">
				{ids.map((id) => (
					<label class="option" key={id}>
						<input type="radio" name={name} value={id} checked={value === id} onChange={() => onChoose(id)} />
						<span>{text[id]}</span>
					</label>
				))}
			</div>
		</fieldset>
	);
}
