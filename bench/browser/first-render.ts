/**
 * Cold time from navigation to the first drawn graph, in headless Debian Chromium, on the built app.
 * Each run uses a fresh browser context (empty cache). `window.__sdgFirstDraw` is set by GraphCanvas
 * on the first animation frame after Cytoscape's first render; performance.now() counts from navigation.
 */
import type { Browser } from 'playwright-core';
import { observeLongTasks } from './scale.ts';
import { median } from './median.ts';

export interface FirstRender {
  runs: number[];
  median: number;
  marks: Record<string, number>;
  /** longest main-thread task (ms) from navigation until the metrics have arrived, median of the runs */
  longestTask: number;
  /** the long tasks (> 50 ms) of the last run, as [start, duration] */
  longTasks: [number, number][];
  /** KB (as sent, uncompressed here: the bench server does not gzip) of JS and JSON fetched before the first draw, last run */
  fetchedBeforeDraw: { jsKB: number; jsonKB: number };
}

/** Bytes of the scripts and JSON files whose response ended before the first drawn frame. */
const FETCHED_BEFORE_DRAW = `(() => { const t = window.__sdgFirstDraw; const out = { js: 0, json: 0 };
  for (const r of performance.getEntriesByType('resource')) { if (r.responseEnd > t) continue;
    const kind = /\\.js(\\?|$)/.test(r.name) ? 'js' : /\\.json(\\?|$)/.test(r.name) ? 'json' : null;
    if (kind) out[kind] += r.encodedBodySize || r.decodedBodySize || 0; }
  return { jsKB: Math.round(out.js / 102.4) / 10, jsonKB: Math.round(out.json / 102.4) / 10 }; })()`;

export async function measureFirstRender(browser: Browser, url: string, runs = 7, viewport = { width: 1920, height: 1080 }): Promise<FirstRender> {
  const times: number[] = [];
  let marks: Record<string, number> = {};
  const longest: number[] = [];
  let longTasks: [number, number][] = [];
  let fetchedBeforeDraw = { jsKB: NaN, jsonKB: NaN };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await observeLongTasks(page);
    await page.goto(url);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 60_000 });
    times.push(Number(await page.evaluate('window.__sdgFirstDraw')));
    fetchedBeforeDraw = (await page.evaluate(FETCHED_BEFORE_DRAW)) as typeof fetchedBeforeDraw;
    // Metrics, the rankings and the search index arrive after the first frame: wait them out too.
    await page.waitForTimeout(1500);
    longest.push(Number(await page.evaluate('window.__longest')));
    longTasks = JSON.parse(String(await page.evaluate('JSON.stringify(window.__longTasks)')));
    marks = JSON.parse(String(await page.evaluate('JSON.stringify(Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])))')));
    await context.close();
  }
  return { runs: times.map(Math.round), median: Math.round(median(times)), marks, longestTask: Math.round(median(longest)), longTasks, fetchedBeforeDraw };
}
