/**
 * Downloads that work offline. Chromium does not send a download link's request (<a download>)
 * through the service worker, so with the network off a template or kit download fails although
 * the file is in the cache. While a worker controls the page, a same-origin download link is
 * fetched instead (fetch() does go through the worker) and saved from memory. Without a worker, or
 * when that fetch fails, the click goes on as a plain link, as it does without JavaScript.
 */
import { downloadBlob } from '../download';

/** Set for the one click that falls back to the plain link, so it is not caught again. */
let plain = false;

export function saveDownloadsThroughWorker(): void {
	document.addEventListener('click', (event) => {
		const link = event.target instanceof Element ? event.target.closest('a[download]') : null;
		if (!(link instanceof HTMLAnchorElement) || plain || event.defaultPrevented) return;
		// Modified clicks (open in a new tab, save as…) stay the browser's.
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		const url = new URL(link.href);
		// Only the site's own files: the blob: links that downloadBlob() clicks share its origin.
		if (!navigator.serviceWorker?.controller || url.protocol !== location.protocol || url.origin !== location.origin) return;
		event.preventDefault();
		fetch(url)
			.then(async (response) => {
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				downloadBlob(link.download || url.pathname.split('/').pop()!, await response.blob());
			})
			.catch(() => {
				plain = true;
				link.click();
				plain = false;
			});
	});
}
