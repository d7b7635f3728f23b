/**
 * Where a person gives the page a folder or a .zip: two file inputs (the folder one with
 * webkitdirectory, which every current browser supports) and the same box as a drop target.
 * The inputs are the keyboard way; dropping is an extra for a pointer.
 */
import { useState } from 'preact/hooks';
import { EVIDENCE_TEXT as T } from '../../lib/evidence/messages';
import { fromDrop } from './dropped';
import type { ToWorker } from './protocol';

type Props = { disabled: boolean; onListing: () => void; onPicked: (input: ToWorker | null) => void };

export default function Picker({ disabled, onListing, onPicked }: Props) {
	const [over, setOver] = useState(false);
	const fromFolder = (input: HTMLInputElement) => {
		const files = [...(input.files ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
		input.value = '';
		onPicked({ kind: 'files', files });
	};
	const fromZip = (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		onPicked(file ? { kind: 'zip', file } : null);
	};
	return (
		<section
			class={`evidence__picker stack${over ? ' evidence__picker--over' : ''}`}
			aria-labelledby="evidence-pick"
			onDragOver={(e) => {
				e.preventDefault();
				if (!disabled) setOver(true);
			}}
			onDragLeave={() => setOver(false)}
			onDrop={(e) => {
				e.preventDefault();
				setOver(false);
				if (disabled || !e.dataTransfer) return;
				const dropped = fromDrop(e.dataTransfer);
				onListing();
				void dropped.then(onPicked, () => onPicked(null));
			}}
		>
			<h2 id="evidence-pick">{T.pickTitle}</h2>
			<div class="evidence__inputs">
				<label class="evidence__input">
					<span>{T.chooseFolder}</span>
					{/* webkitdirectory is not in Preact's attribute types; set as the DOM property (and the attribute when rendered on the server). */}
					<input
						type="file"
						multiple
						disabled={disabled}
						{...{ webkitdirectory: true }}
						onChange={(e) => fromFolder(e.currentTarget)}
						data-folder-input
					/>
				</label>
				<label class="evidence__input">
					<span>{T.chooseZip}</span>
					<input type="file" accept=".zip,application/zip" disabled={disabled} onChange={(e) => fromZip(e.currentTarget)} data-zip-input />
				</label>
			</div>
			<p class="hint">{T.dropHint}</p>
			<p>
				{T.readHere} {T.skipRules}
			</p>
		</section>
	);
}
