/**
 * `npx tsx bench/ab.ts <distA> <distB> [rounds]`: two builds of the app side by side in one browser,
 * rounds interleaved (A, B, A, B…), so a change is judged by the ratio of medians measured under the
 * same machine load — on a shared 2-core VM single timings swing 2× between minutes. With
 * --graphs=peer,g2k,g10k the two builds open the bench's big graphs instead (bench/browser/ab-graphs.ts).
 */
import { launchChromium } from '../tests/browser/helpers/browser.ts';
import { measureFirstRender } from './browser/first-render.ts';
import { measureSelect, observeLongTasks } from './browser/scale.ts';
import { median } from './browser/median.ts';
import { compareOnGraphs } from './browser/ab-graphs.ts';
// @ts-expect-error plain ESM helper without types
import { serveDist } from '../scripts/serve.mjs';

const graphs = process.argv.find((x) => x.startsWith('--graphs='))?.slice('--graphs='.length);
const [a, b, roundsArg] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
if (!a || !b) throw new Error('usage: tsx bench/ab.ts <distA> <distB> [rounds] [--graphs=peer,g2k,g10k]');
const rounds = Number(roundsArg ?? 3);
if (graphs) {
  await compareOnGraphs(a, b, rounds, graphs.split(','));
  process.exit(0);
}
type Server = { address(): { port: number }; close(): void };
const servers: Server[] = await Promise.all([a, b].map((d) => serveDist(d, 0) as Promise<Server>));
const urls = servers.map((s) => `http://127.0.0.1:${s.address().port}/`);
const browser = await launchChromium();
const fig = [a, b].map(() => ({ draw: [] as number[], loadTask: [] as number[], select: [] as number[], first: [] as number[], clickTask: [] as number[] }));
try {
  for (let r = 0; r < rounds; r++) {
    for (const i of [0, 1]) {
      const fr = await measureFirstRender(browser, urls[i], 1);
      fig[i].draw.push(fr.median);
      fig[i].loadTask.push(fr.longestTask);
      const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
      await observeLongTasks(page);
      await page.goto(urls[i]);
      await page.waitForSelector('[data-testid=graph][data-ready=true]');
      await page.waitForTimeout(1500);
      await page.evaluate('window.__longest = 0');
      const sel = await measureSelect(page, ['16.6.1', '2.3.1'], 5);
      fig[i].select.push(sel.median);
      fig[i].first.push(sel.first);
      fig[i].clickTask.push(Number(await page.evaluate('window.__longest')));
      await page.context().close();
    }
  }
  for (const k of ['draw', 'loadTask', 'select', 'first', 'clickTask'] as const) {
    const [ma, mb] = fig.map((f) => median(f[k]));
    console.log(`${k.padEnd(10)} A ${ma.toFixed(0).padStart(6)} [${fig[0][k].join(', ')}]  B ${mb.toFixed(0).padStart(6)} [${fig[1][k].join(', ')}]  B/A ${(mb / ma).toFixed(2)}`);
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.close());
}
