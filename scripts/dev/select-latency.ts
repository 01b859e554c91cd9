/** Dev aid: click-to-highlight latency of the built app (median of 7 clicks on a node). */
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';
import { measureSelect } from '../../bench/browser/scale.ts';
const code = process.argv[2] ?? '16.6.1';
const app = await serveBuiltApp();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(app.url);
await page.waitForSelector('[data-testid=graph][data-ready=true]');
await page.waitForTimeout(1500);
console.log('select', code, await measureSelect(page, code));
console.log(await page.evaluate('JSON.stringify(performance.getEntriesByType("mark").filter((m) => m.name.startsWith("sdg:tap") || m.name.startsWith("sdg:highlight")).slice(-3).map((m) => [m.name, Math.round(m.startTime)]))'));
await browser.close();
await app.close();
