/** Dev aid: open a generated bench graph in the built app, print perf marks and the hottest functions. */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tests/browser/helpers/browser.ts';
import { callersOf, inclusiveTimes, selfTimes, table, type CpuProfile } from './cpu-profile.ts';
import { prepareWorkdir, SCALES } from '../../bench/browser/workdir.ts';
// @ts-expect-error plain ESM helper
import { serveDist } from '../serve.mjs';
const id = process.argv[2] ?? 'g2k';
const renderer = process.argv[3] ?? 'canvas';
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = prepareWorkdir(root, SCALES.filter((s) => s.id === id));
const server = await serveDist(work, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
page.on('console', (m) => { if (!m.text().includes('GL Driver')) console.log('[page]', m.text()); });
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(`${base}app/?src=../graphs/${id}.json&renderer=${renderer}`);
const limit = Number(process.argv[4] ?? 120) * 1000;
let drawn: unknown = null;
while (Date.now() - t0 < limit) {
  drawn = await page.evaluate('(window.__sdgDraws || []).find((d) => d.edges > 5000) ?? null').catch(() => null);
  if (drawn) break;
  await page.waitForTimeout(500);
}
console.log('drawn', JSON.stringify(drawn), 'after', Date.now() - t0, 'ms');
const marks = await page.evaluate(`performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime)).join('\\n')`).catch((e) => String(e));
console.log(marks);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
console.log(table(selfTimes(profile), 30));
await browser.close(); server.close();
// PARENTS_OF=fnA,fnB: the call chains (DEPTH callers) that lead to those functions, by self time.
for (const fn of (process.env.PARENTS_OF ?? '').split(',').filter(Boolean)) {
  console.log(`callers of ${fn}:`);
  console.log(table(callersOf(profile, fn, Number(process.env.DEPTH ?? 3)), 8));
}
// INCLUSIVE=n: the n heaviest functions including what they called.
if (process.env.INCLUSIVE) {
  console.log('INCLUSIVE');
  console.log(table(inclusiveTimes(profile), Number(process.env.INCLUSIVE)));
}
