/**
 * Drives /search/: reads ?q=, queries Pagefind (loaded on demand from our own origin) and
 * renders results as links. Typing updates the results and the URL, so a search can be shared.
 */
type PagefindResult = { url: string; excerpt: string; meta: { title?: string } };
type Pagefind = {
	options: (o: Record<string, unknown>) => Promise<void>;
	search: (q: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
};

let loaded: Promise<Pagefind> | undefined;

export function runSearch(): void {
	const input = document.querySelector<HTMLInputElement>('[data-search-input]');
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	if (!input || !form || !status || !list) return;
	const src = list.dataset.pagefind ?? '/pagefind/pagefind.js';
	const load = () =>
		(loaded ??= (import(/* @vite-ignore */ src) as Promise<Pagefind>).then(async (pagefind) => {
			await pagefind.options({ baseUrl: import.meta.env.BASE_URL });
			return pagefind;
		}));

	let latest = 0;
	const show = async (query: string) => {
		const ticket = ++latest;
		const q = query.trim();
		if (!q) {
			list.replaceChildren();
			status.textContent = 'Type a term such as “validation gates” or “context bundle”.';
			return;
		}
		status.textContent = 'Searching…';
		try {
			const pagefind = await load();
			const found = await pagefind.search(q);
			const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
			if (ticket !== latest) return; // a newer query has started
			list.replaceChildren(...results.map(renderResult));
			const n = found.results.length;
			status.textContent =
				n === 0 ? `No results for “${q}”.` : `${n} result${n === 1 ? '' : 's'} for “${q}”${n > 20 ? ', showing the first 20' : ''}.`;
		} catch {
			status.textContent = 'Search could not load its index. Try reloading the page.';
		}
	};

	const initial = new URL(location.href).searchParams.get('q') ?? '';
	input.value = initial;
	if (initial) void show(initial);

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			const url = new URL(location.href);
			url.searchParams.set('q', input.value);
			history.replaceState(null, '', url);
			void show(input.value);
		}, 200);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void show(input.value);
	});
}

function renderResult(result: PagefindResult): HTMLLIElement {
	const li = document.createElement('li');
	const a = document.createElement('a');
	a.href = result.url;
	a.textContent = result.meta.title ?? result.url;
	const p = document.createElement('p');
	// Pagefind's excerpt is our own page text, escaped by Pagefind, with <mark> around matches.
	p.innerHTML = result.excerpt;
	li.append(a, p);
	return li;
}
