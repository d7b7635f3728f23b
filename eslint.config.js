// ESLint as the Astro ecosystem uses it: the recommended JavaScript, typescript-eslint and
// eslint-plugin-astro rules over code (content is checked by its schemas, not by a linter).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist-sub/',
			'.astro/',
			'test-results/',
			'.test-tmp/',
			'playwright-report/',
			'release/',
			'src/templates/files/',
			'public/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		rules: {
			// `_name` marks a parameter or binding kept on purpose (a callback's signature, a discarded field).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
);
