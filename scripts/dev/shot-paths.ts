/** Dev aid: the "Why A → B" panel with longer routes, screenshotted at W×H. */
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';
const [w, h, out] = [Number(process.argv[2] ?? 1280), Number(process.argv[3] ?? 720), process.argv[4] ?? '/tmp/paths.png'];
const app = await serveBuiltApp();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: w, height: h } });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(app.url);
await page.waitForSelector('[data-testid=graph][data-ready=true]');
await page.click('[data-testid=tab-paths]');
await page.fill('[data-testid=path-from]', '16.6.1');
await page.fill('[data-testid=path-to]', '1.2.2');
await page.check('[data-testid=path-longer]');
await page.click('[data-testid=path-find]');
await page.waitForSelector('[data-testid=path]');
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
await app.close();
