/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's own Vite configuration, so tests can read content collections (astro:content) through
// the loaders and schemas the build uses; tests/setup-content.ts syncs the content store first.
export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/setup-content.ts'],
	},
});
