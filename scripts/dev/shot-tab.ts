/** Dev aid: `npx tsx scripts/dev/shot-tab.ts W H "?query" tab out.png` — the app with a right-panel tab open. */
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';
const [w, h, q, tab, out] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4] ?? '', process.argv[5] ?? 'rankings', process.argv[6] ?? '/tmp/tab.png'];
const app = await serveBuiltApp();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: w, height: h } });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(app.url + q);
await page.waitForSelector('[data-testid=graph][data-ready=true]');
await page.click(`[data-testid=tab-${tab}]`);
await page.waitForTimeout(1200);
await page.screenshot({ path: out });
await browser.close();
await app.close();
