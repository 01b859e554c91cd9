/**
 * `npx tsx bench/ab-filter.ts <distA> <distB> [rounds]`: the filter change of `npm run bench`
 * (bench/browser/filter.ts: goal 1's checkbox on and off, a node selected as in the bench) for two builds,
 * rounds interleaved (A, B, A, B…) and judged by the ratio of medians, as bench/ab.ts does for draw and
 * clicks: on a shared 2-core VM single timings swing 2× between minutes. Also the longest task the
 * filter changes caused, and the time spent inside the click itself (inClick).
 */
import { launchChromium } from '../tests/browser/helpers/browser.ts';
import type { Page } from 'playwright-core';
import { measureFilter } from './browser/filter.ts';
import { measureSelect, observeLongTasks } from './browser/scale.ts';
import { median } from './browser/median.ts';
// @ts-expect-error plain ESM helper without types
import { serveDist } from '../scripts/serve.mjs';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: tsx bench/ab-filter.ts <distA> <distB> [rounds]');
const rounds = Number(roundsArg ?? 3);
type Server = { address(): { port: number }; close(): void };
const servers: Server[] = await Promise.all([a, b].map((d) => serveDist(d, 0) as Promise<Server>));
const urls = servers.map((s) => `http://127.0.0.1:${s.address().port}/`);
const browser = await launchChromium();
const fig = [a, b].map(() => ({ filter: [] as number[], filterTask: [] as number[], inClick: [] as number[] }));

/**
 * The click's own synchronous work (React's event, render and effects, the canvas classes): less
 * swayed by the machine's load than the frame that follows, which is Cytoscape's drawing.
 */
async function inClick(page: Page, runs = 8): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(Number(await page.evaluate(`(() => { const t0 = performance.now(); document.querySelector('[data-testid="goal-1"]').click(); return performance.now() - t0; })()`)));
    await page.waitForTimeout(300);
  }
  return Math.round(median(times) * 10) / 10;
}
try {
  for (let r = 0; r < rounds; r++) {
    for (const i of [0, 1]) {
      const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
      await observeLongTasks(page);
      await page.goto(urls[i]);
      await page.waitForSelector('[data-testid=graph][data-ready=true]');
      await page.waitForTimeout(1500);
      // The bench filters with a node selected (after its clicks): the panels then show that node.
      await measureSelect(page, ['16.6.1', '2.3.1'], 1);
      await page.evaluate('window.__longest = 0');
      const f = await measureFilter(page);
      fig[i].filter.push(f.median);
      fig[i].filterTask.push(Math.round(Number(await page.evaluate('window.__longest'))));
      fig[i].inClick.push(await inClick(page));
      await page.context().close();
    }
  }
  for (const k of ['filter', 'filterTask', 'inClick'] as const) {
    const [ma, mb] = fig.map((f) => median(f[k]));
    console.log(`${k.padEnd(10)} A ${ma.toFixed(0).padStart(6)} [${fig[0][k].join(', ')}]  B ${mb.toFixed(0).padStart(6)} [${fig[1][k].join(', ')}]  B/A ${(mb / ma).toFixed(2)}`);
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.close());
}
