/**
 * Paths of what a person picked, made relative to the folder they meant. A directory picker names
 * every file under the chosen folder ("repo/AGENTS.md"), a dropped folder the same with a leading
 * slash, and a repository's .zip usually holds one top folder ("repo-main/…"); the rules read paths
 * from the repository root (".github/workflows/ci.yml"), so that one shared top folder is taken off.
 * Taken off before the skip rules run, so a repository kept in a folder named "build" is not
 * ignored whole.
 */
import { normalisePath } from './skip';

/**
 * The top folder every path shares, or null. A hidden folder (".github") is never taken for the
 * chosen folder: a .zip of only a repository's .github folder keeps its paths.
 */
export function commonRoot(paths: readonly string[]): string | null {
	let root: string | null = null;
	for (const raw of paths) {
		const path = normalisePath(raw);
		const slash = path.indexOf('/');
		if (slash <= 0) return null;
		const top = path.slice(0, slash);
		if (root === null) root = top;
		else if (top !== root) return null;
	}
	return root && !root.startsWith('.') ? root : null;
}

/** The paths relative to the folder they share (see commonRoot), in the same order. */
export function relativePaths(paths: readonly string[]): string[] {
	const root = commonRoot(paths);
	return paths.map((p) => {
		const path = normalisePath(p);
		return root ? path.slice(root.length + 1) : path;
	});
}
