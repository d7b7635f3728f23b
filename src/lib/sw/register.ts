/**
 * Service worker registration and the "new version" flow. A new release installs in the
 * background and waits; the notice asks the reader, and only on Reload does the new worker take
 * over (SKIP_WAITING is Workbox's message for that) and the page reload, so no page ever mixes
 * files from two releases. The first install changes nothing visible.
 */

/** Set when the reader pressed Reload: only then does a change of controller reload the page. */
let requested = false;

/** Show the notice for a worker that waits, and wire its button. */
function offer(worker: ServiceWorker): void {
	const region = document.querySelector<HTMLElement>('[data-update-region]');
	const notice = region?.querySelector<HTMLElement>('[data-update-notice]');
	const button = notice?.querySelector<HTMLButtonElement>('[data-update-reload]');
	if (!region || !notice || !button) return;
	// The live region gets its role first and its content a frame later, so it is announced.
	region.setAttribute('role', 'status');
	requestAnimationFrame(() => (notice.hidden = false));
	button.onclick = () => {
		button.disabled = true;
		// Reload pressed in another tab first: the new release is already active, only this page is old.
		if (worker.state === 'activated') return location.reload();
		requested = true;
		worker.postMessage({ type: 'SKIP_WAITING' });
	};
}

export function watchForUpdates(base: string): void {
	if (!('serviceWorker' in navigator)) return;
	const sw = navigator.serviceWorker;
	sw.addEventListener('controllerchange', () => {
		if (requested) location.reload();
		requested = false;
	});
	const scope = base.endsWith('/') ? base : `${base}/`;
	sw.register(`${scope}sw.js`, { scope })
		.then((registration) => {
			if (registration.waiting && sw.controller) offer(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed' && sw.controller) offer(worker);
				});
			});
		})
		// No worker (blocked, private mode, plain http on a host other than localhost): the site works online.
		.catch(() => {});
}
