/**
 * The small glob dialect of the rules' `paths`: `*` (within one folder), `**` (any folders),
 * `?` (one character), `{a,b}` (alternatives). Compiled once per pattern to a regular expression.
 */
const cache = new Map<string, RegExp>();

function toSource(glob: string): string {
	let out = '';
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i]!;
		if (c === '*') {
			if (glob[i + 1] === '*') {
				// "**/" matches zero or more folders; a trailing "**" matches anything below.
				if (glob[i + 2] === '/') {
					out += '(?:[^/]+/)*';
					i += 2;
				} else {
					out += '.*';
					i += 1;
				}
			} else out += '[^/]*';
		} else if (c === '?') out += '[^/]';
		else if (c === '{') {
			const end = glob.indexOf('}', i);
			if (end < 0) throw new Error(`Unclosed "{" in path pattern ${glob}`);
			out += `(?:${glob
				.slice(i + 1, end)
				.split(',')
				.map(toSource)
				.join('|')})`;
			i = end;
		} else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
	}
	return out;
}

export function globToRegExp(glob: string): RegExp {
	let re = cache.get(glob);
	if (!re) {
		re = new RegExp(`^${toSource(glob)}$`);
		cache.set(glob, re);
	}
	return re;
}

export const matchesGlob = (path: string, globs: readonly string[]): boolean => globs.some((g) => globToRegExp(g).test(path));
