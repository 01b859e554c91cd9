/**
 * `npx tsx bench/browser/profile-click.ts` (after `vite build`): a CPU profile of clicks on the default
 * data, summarised as self time per function, to find where click-to-highlight goes. Diagnostic only.
 */
import { launchChromium, serveBuiltApp } from '../../tests/browser/helpers/browser.ts';
import { summariseProfile, type CpuProfile } from './profile-summary.ts';

const app = await serveBuiltApp();
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await page.goto(app.url);
  await page.waitForSelector('[data-testid=graph][data-ready=true]');
  await page.waitForTimeout(2000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 6; i++) {
    const code = i % 2 ? '2.3.1' : '16.6.1';
    const pos = (await page.evaluate(`(() => { const cy = window.__sdgCy; const p = cy.getElementById(${JSON.stringify(code)}).renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`)) as { x: number; y: number };
    await page.mouse.click(pos.x, pos.y);
    await page.waitForTimeout(700);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  console.log(summariseProfile(profile, 6, 'ms/click'));
} finally {
  await browser.close();
  await app.close();
}
