/**
 * Nothing moves while a page loads: controls that arrive with JavaScript (filters, the workshop
 * view switch, islands) must not push content down when they appear. Measured as the browser's
 * layout shifts on a CPU slowed 4× (as in Lighthouse's mobile profile), so scripts run after the
 * first paint as they would on a slow phone.
 */
import { test, expect } from './fixtures';

const PAGES = [
	'/',
	'/docs/patterns/observability/',
	'/templates/',
	'/case-studies/',
	'/workshop/modules/validation-gates/',
	'/workshop/agenda/',
	'/assessment/quick/',
	'/assessment/',
	'/assessment/results/',
	'/assessment/team/',
	'/assessment/history/',
	'/assessment/evidence/',
	'/search/?q=gateway',
];

type Shift = { value: number; moved: string };

// A phone-sized viewport from the start: resizing the page after it opens races the first frame
// under load, and the browser then reports the resize itself as a shift.
test.use({ viewport: { width: 412, height: 823 } });

for (const path of PAGES) {
	test(`${path} does not shift while it loads`, async ({ page }) => {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.addInitScript(() => {
			const shifts: Shift[] = ((window as unknown as { shifts: Shift[] }).shifts = []);
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Element }[] }[]) {
					if (entry.hadRecentInput) continue;
					const moved = entry.sources
						.map((s) => (s.node ? `${s.node.nodeName.toLowerCase()}.${[...s.node.classList].join('.')}` : '?'))
						.join(' ');
					shifts.push({ value: entry.value, moved });
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(path, { waitUntil: 'load' });
		await page.waitForTimeout(1500);
		const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
		const total = shifts.reduce((sum, s) => sum + s.value, 0);
		expect(total, `layout shifts: ${shifts.map((s) => `${s.value.toFixed(3)} (${s.moved})`).join(', ') || 'none'}`).toBeLessThan(0.01);
	});
}
