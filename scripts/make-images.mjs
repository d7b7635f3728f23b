// Renders the favicon.ico, the touch icon and the social card from SVG/HTML with Chromium.
// Run by hand when the mark changes (`node scripts/make-images.mjs`); the outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const svg = readFileSync('public/favicon.svg', 'utf8');

async function png(html, width, height) {
	await page.setViewportSize({ width, height });
	await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
	return page.screenshot({ type: 'png', omitBackground: true });
}

const icon = (size) => png(svg.replace('<svg ', `<svg width="${size}" height="${size}" `), size, size);

/** An .ico holding PNG images (supported by every current browser). */
function ico(images) {
	const header = Buffer.alloc(6 + 16 * images.length);
	header.writeUInt16LE(0, 0);
	header.writeUInt16LE(1, 2);
	header.writeUInt16LE(images.length, 4);
	let offset = header.length;
	images.forEach(({ size, data }, i) => {
		const e = 6 + 16 * i;
		header.writeUInt8(size >= 256 ? 0 : size, e);
		header.writeUInt8(size >= 256 ? 0 : size, e + 1);
		header.writeUInt16LE(1, e + 4);
		header.writeUInt16LE(32, e + 6);
		header.writeUInt32LE(data.length, e + 8);
		header.writeUInt32LE(offset, e + 12);
		offset += data.length;
	});
	return Buffer.concat([header, ...images.map((i) => i.data)]);
}

writeFileSync(
	'public/favicon.ico',
	ico([
		{ size: 32, data: await icon(32) },
		{ size: 16, data: await icon(16) },
	]),
);
writeFileSync('public/apple-touch-icon.png', await icon(180));
writeFileSync('public/icon-512.png', await icon(512));
writeFileSync('public/icon-192.png', await icon(192));

const card = `<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#0d1b1f;color:#e7eef0;font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:space-between">
<div style="display:flex;align-items:center;gap:24px;font-size:44px;font-weight:700">${svg.replace('<svg ', '<svg width="72" height="72" ')} AgentOps</div>
<div style="font-size:64px;font-weight:700;line-height:1.15">Operate AI the way we learned to operate infrastructure.</div>
<div style="font-size:30px;color:#a9bac0">Framework docs · private maturity self-assessment · workshops · templates</div></div>`;
writeFileSync('public/social-card.png', await png(card, 1200, 630));
await browser.close();
console.log('wrote favicon.ico, apple-touch-icon.png, icon-192.png, icon-512.png, social-card.png');
