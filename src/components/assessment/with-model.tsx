/**
 * Gives an assessment island the model: fetched once per page from the published model file
 * (same origin, and in the offline copy), so the questions are not repeated inline in every page.
 * Until it arrives the island shows a loading line in a frame that keeps the page below it still;
 * if it cannot be read, a message says so and nothing saved is touched.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Model } from '../../lib/assessment/model';
import { MODEL_LOAD_TEXT } from '../../lib/assessment/messages';
import { loadModel } from './load-model';

export function withModel<P extends { model: Model }>(Inner: ComponentType<P>) {
	return function WithModel(props: Omit<P, 'model'> & { modelUrl: string }) {
		const [model, setModel] = useState<Model | null | undefined>(undefined);
		useEffect(() => {
			let live = true;
			loadModel(props.modelUrl).then((m) => live && setModel(m));
			return () => void (live = false);
		}, [props.modelUrl]);
		const { modelUrl: _, ...rest } = props;
		// One frame of at least most of a screen around every state, so the page below it (the
		// footer) never moves while the questions arrive and the island draws its own states.
		return (
			<div class="island-frame">
				{model === undefined ? (
					<p>{MODEL_LOAD_TEXT.loading}</p>
				) : model === null ? (
					<p class="alert" role="alert">
						{MODEL_LOAD_TEXT.failed}
					</p>
				) : (
					<Inner {...(rest as unknown as P)} model={model} />
				)}
			</div>
		);
	};
}
