/**
 * Site-internal URLs. Every internal link goes through `href()` so the site works under a
 * sub-path (`base`), e.g. /agentops/. Pure: the base is passed in, defaulting to Vite's value.
 */
const viteBase: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** Join the site base and a root-relative path: href('/docs/why/') → '/agentops/docs/why/'. */
export function href(path: string, base: string = viteBase): string {
	if (!path.startsWith('/')) throw new Error(`href() expects a root-relative path, got "${path}"`);
	const b = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${b}${path}`;
}

/** Strip the base from a pathname, the inverse of href(); used to match the current page. */
export function unbase(pathname: string, base: string = viteBase): string {
	const b = base.endsWith('/') ? base.slice(0, -1) : base;
	return b && pathname.startsWith(b) ? pathname.slice(b.length) || '/' : pathname;
}
