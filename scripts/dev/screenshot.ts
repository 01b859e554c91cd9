/** Dev aid: `npx tsx scripts/dev/screenshot.ts W H "?query" out.png` screenshots the built app. */
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';

const [w, h, q, out] = [Number(process.argv[2] ?? 1920), Number(process.argv[3] ?? 1080), process.argv[4] ?? '', process.argv[5] ?? '/tmp/shot.png'];
const app = await serveBuiltApp();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: w, height: h } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(app.url + q);
await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 20000 }).catch((e) => console.log('wait failed', e.message));
await page.waitForTimeout(300);
await page.screenshot({ path: out });
console.log('first draw', await page.evaluate('window.__sdgFirstDraw'));
console.log('marks', await page.evaluate('JSON.stringify(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]))'));
await browser.close();
await app.close();
