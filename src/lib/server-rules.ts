/**
 * What every server configuration must send, in one table: the Content-Security-Policy
 * directives (astro.config.mjs writes them into each page's <meta> CSP), the security headers,
 * and the MIME types of files whose type a server may not know. deploy/nginx/ and
 * deploy/static-hosts/_headers are written by hand for their readers; tests/server-config.test.ts
 * fails when either disagrees with this table.
 */

/** Directives for every page besides script-src and style-src, which Astro adds with per-page hashes. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"manifest-src 'self'",
	"worker-src 'self'",
] as const;

/**
 * The CSP a server sends as a header. A browser enforces it and the page's <meta> CSP together, so
 * it leaves out default-src (one static header cannot carry the per-page script hashes, and
 * 'self' alone would block them) and adds what a <meta> CSP cannot express: frame-ancestors.
 */
export const HEADER_CSP = ["frame-ancestors 'none'", ...CSP_DIRECTIVES.filter((d) => !d.startsWith('default-src'))]
	.sort((a, b) => order(a) - order(b))
	.join('; ');

/** The header's directive order as deploy/ writes it: frame-ancestors, then restrictions, then sources. */
function order(directive: string): number {
	const name = directive.split(' ')[0]!;
	return [
		'frame-ancestors',
		'object-src',
		'base-uri',
		'form-action',
		'img-src',
		'font-src',
		'connect-src',
		'manifest-src',
		'worker-src',
	].indexOf(name);
}

export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy': HEADER_CSP,
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy':
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Downloadable and plain files by extension (templates, kits, calendar files, /llms.txt): the type
 * each server must send. Servers know .txt, but not all add a charset, and /llms.txt is UTF-8.
 */
export const DOWNLOAD_TYPES: Record<string, string> = {
	csv: 'text/csv',
	yaml: 'application/yaml',
	yml: 'application/yaml',
	ics: 'text/calendar',
	sh: 'application/x-sh',
	md: 'text/markdown',
	zip: 'application/zip',
	example: 'text/plain',
	txt: 'text/plain',
};

/** Text types get "; charset=utf-8" (nginx's charset_types, the static hosts' Content-Type lines). */
export const isText = (type: string) => type.startsWith('text/') || ['application/yaml', 'application/x-sh'].includes(type);
