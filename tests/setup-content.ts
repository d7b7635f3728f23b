/**
 * Vitest global setup: `astro sync` fills Astro's content store and checks every entry against
 * its schema, so tests read content through the same loaders as the build. When the content is
 * broken, sync prints the file and field; the pure unit tests still run, and every test that reads
 * content fails with that message (tests/real-model.ts), so nothing passes on stale content.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';

export default function setup() {
	try {
		execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
			stdio: ['ignore', 'inherit', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		// `astro sync` writes the store to the cache directory (as a build does), while Vite in serve
		// mode, which vitest runs, reads it from .astro/ (as `astro dev` does): hand it over.
		copyFileSync('.astro/cache/data-store.json', '.astro/data-store.json');
		delete process.env.CONTENT_SYNC_ERROR;
	} catch (error) {
		const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
		process.stderr.write(stderr);
		process.env.CONTENT_SYNC_ERROR =
			stderr
				.split('\n')
				.filter((l) => /Error|→|:\s/.test(l))
				.slice(0, 12)
				.join('\n') || 'astro sync failed';
	}
}
