import { describe, expect, test } from 'vitest';
import { commonRoot, relativePaths } from './picked';

describe('paths relative to the folder a person picked', () => {
	test('a directory picker: the chosen folder is taken off', () => {
		expect(relativePaths(['well-run/AGENTS.md', 'well-run/.github/workflows/ci.yml'])).toEqual(['AGENTS.md', '.github/workflows/ci.yml']);
	});
	test('a dropped folder (leading slash) and a .zip with one top folder', () => {
		expect(relativePaths(['/repo/AGENTS.md', '/repo/src/a.ts'])).toEqual(['AGENTS.md', 'src/a.ts']);
		expect(relativePaths(['repo-main/CLAUDE.md'])).toEqual(['CLAUDE.md']);
	});
	test('a repository kept in a folder named like an ignored one is still read', () => {
		expect(relativePaths(['build/AGENTS.md'])).toEqual(['AGENTS.md']);
	});
	test('files at the top, or several top folders: paths kept as they are', () => {
		expect(commonRoot(['AGENTS.md', 'repo/x.md'])).toBeNull();
		expect(commonRoot(['a/x.md', 'b/y.md'])).toBeNull();
		expect(relativePaths(['AGENTS.md', '.github/CODEOWNERS'])).toEqual(['AGENTS.md', '.github/CODEOWNERS']);
	});
	test('a hidden top folder is part of the path, not the chosen folder', () => {
		expect(relativePaths(['.github/workflows/ci.yml', '.github/CODEOWNERS'])).toEqual(['.github/workflows/ci.yml', '.github/CODEOWNERS']);
	});
	test('nothing picked', () => {
		expect(commonRoot([])).toBeNull();
	});
});
