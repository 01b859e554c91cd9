/**
 * `npx tsx bench/browser/profile-first-click.ts [dist] [--filter-only]` (after `vite build --minify false` for names): CPU
 * profiles of the first click on a fresh page and of goal-filter changes on the default data, summarised
 * as self and total time per function, plus the longest task each caused. The first click is profiled
 * over several fresh pages (one click each) because a single click is only ~20 samples. Diagnostic only.
 */
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { launchChromium } from '../../tests/browser/helpers/browser.ts';
import { observeLongTasks } from './scale.ts';
import { callersOf, summariseProfile, type CpuProfile } from './profile-summary.ts';
// @ts-expect-error plain ESM helper without types
import { serveDist } from '../../scripts/serve.mjs';

const dist = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
// --filter-only skips the first clicks (each one a fresh page, the slow part of the run).
const PAGES = process.argv.includes('--filter-only') ? 0 : 4;
const FILTER_CHANGES = 6;
const server = (await serveDist(dist, 0)) as { address(): { port: number }; close(): void };
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();

async function readyPage(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await observeLongTasks(page);
  await page.goto(url);
  await page.waitForSelector('[data-testid=graph][data-ready=true]');
  // Long enough for the idle warm-ups (canvas and panels) to have run, as a user's first click would find.
  await page.waitForTimeout(2500);
  await page.evaluate('window.__longest = 0');
  return page;
}

async function profiled(page: Page, act: () => Promise<void>): Promise<CpuProfile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await act();
  return ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
}

/** Several profiles as one: the sample trees stay separate, node ids shifted so they do not collide. */
function merge(profiles: CpuProfile[]): CpuProfile {
  const out: CpuProfile = { nodes: [], samples: [], timeDeltas: [] };
  let shift = 0;
  for (const p of profiles) {
    const max = Math.max(...p.nodes.map((n) => n.id));
    out.nodes.push(...p.nodes.map((n) => ({ ...n, id: n.id + shift, children: n.children?.map((c) => c + shift) })));
    out.samples.push(...p.samples.map((s) => s + shift));
    out.timeDeltas.push(...p.timeDeltas);
    shift += max + 1;
  }
  return out;
}

async function clickNode(page: Page, code: string): Promise<void> {
  const pos = (await page.evaluate(`(() => { const cy = window.__sdgCy; const p = cy.getElementById(${JSON.stringify(code)}).renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`)) as { x: number; y: number };
  await page.evaluate('window.__sdgLastHighlightMs = undefined');
  await page.mouse.click(pos.x, pos.y);
  await page.waitForTimeout(800);
}

try {
  const firsts: CpuProfile[] = [];
  const firstMs: number[] = [];
  const firstTask: number[] = [];
  for (let i = 0; i < PAGES; i++) {
    const page = await readyPage();
    firsts.push(await profiled(page, () => clickNode(page, '16.6.1')));
    firstMs.push(Number(await page.evaluate('window.__sdgLastHighlightMs')));
    firstTask.push(Number(await page.evaluate('window.__longest')));
    await page.context().close();
  }
  if (PAGES) console.log(`FIRST CLICK (${PAGES} fresh pages): highlight ms [${firstMs.map(Math.round).join(', ')}], longest task [${firstTask.join(', ')}]`);
  if (PAGES) console.log(summariseProfile(merge(firsts), PAGES, 'ms/click', Number(process.env.ROWS ?? 45)));

  const page = await readyPage();
  await clickNode(page, '2.3.1');
  await page.evaluate('window.__longest = 0');
  const filter = await profiled(page, async () => {
    for (let i = 0; i < FILTER_CHANGES; i++) {
      await page.click('[data-testid="goal-1"]');
      await page.waitForTimeout(600);
    }
  });
  console.log(`\nFILTER CHANGE (${FILTER_CHANGES}, a node selected): longest task ${String(await page.evaluate('window.__longest'))}`);
  console.log(summariseProfile(filter, FILTER_CHANGES, 'ms/change', Number(process.env.ROWS ?? 45)));
  // CALLERS=fn: who calls `fn` during the filter changes (total ms over all of them, by caller chain).
  if (process.env.CALLERS) console.log(`\nCALLERS of ${process.env.CALLERS}\n${callersOf(filter, process.env.CALLERS, 8)}`);
} finally {
  await browser.close();
  server.close();
}
