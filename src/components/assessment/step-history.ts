/**
 * The assessment's steps in the browser's history, so Back and Forward move between steps as
 * people expect of a multi-page form, instead of leaving the assessment. Each step the person
 * moves to is a history entry (#step-N); going back or forward shows that step. The step itself
 * is saved with the answers (the store), so a reload keeps it too.
 */
import { useEffect } from 'preact/hooks';
import { $state, goToStep } from '../../stores/assessment';

const hashFor = (step: number) => `#step-${step + 1}`;

/** Move to a step as a new history entry. */
export function showStep(step: number): void {
	const next = Math.max(0, step);
	goToStep(next);
	if (history.state?.step !== next) history.pushState({ step: next }, '', hashFor(next));
}

/** While the assessment is ready, keep the current entry in step with it and follow Back/Forward. */
export function useStepHistory(ready: boolean): void {
	useEffect(() => {
		if (!ready) return;
		const step = $state.get()?.step ?? 0;
		history.replaceState({ step }, '', hashFor(step));
		const onPop = (e: PopStateEvent) => {
			const target = (e.state as { step?: unknown } | null)?.step;
			if (typeof target === 'number' && Number.isInteger(target) && target >= 0) goToStep(target);
		};
		window.addEventListener('popstate', onPop);
		return () => window.removeEventListener('popstate', onPop);
	}, [ready]);
}
