/**
 * `npx tsx bench/browser/profile-startup.ts [url-query]` (after `vite build`): a CPU profile from
 * navigation until the metrics have arrived on the default data, as self and total time per function,
 * to find where first draw goes. Diagnostic only.
 */
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';
import { summariseProfile, type CpuProfile } from './profile-summary.ts';

const app = await serveBuiltApp();
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(app.url + (process.argv[2] ?? ''));
  await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 60_000 });
  const drawn = await page.evaluate('window.__sdgFirstDraw');
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const marks = await page.evaluate('JSON.stringify(Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])))');
  console.log(`first drawn ${Math.round(Number(drawn))} ms; marks ${marks}\n` + summariseProfile(profile));
} finally {
  await browser.close();
  await app.close();
}
