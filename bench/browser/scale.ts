/**
 * Scale benchmark in headless Chromium: the app and the sigma.js peer on the same generated graphs,
 * with the same flags and the same pan/zoom input script. WebGL here is SwiftShader (software), so
 * only ratios between renderers measured in one run mean anything.
 */
import type { Browser, Page } from 'playwright-core';
import { panZoomScript } from './bench-graph.ts';

export interface ScaleFigures {
  firstDraw: number;
  fps: number;
  select?: number;
  /** longest main-thread task from navigation until the metrics' sizes are on the canvas and the load has settled (LOAD_SETTLE_MS), median of the runs */
  loadLongestTask?: number;
  /** longest main-thread task of the last run's scripted pan and clicks, after the load */
  longestTask?: number;
  heapMB?: number;
}

/**
 * How long after the draw a load counts as still going, at least: the label plan, the metrics' arrival
 * and the rankings come after the first frame. The default data's load is measured over the same
 * window (first-render.ts). The big graphs' metrics take longer (about 2 s after the draw at 10k / 100k),
 * so there the window runs until their sizes are on the canvas, and LOAD_AFTER_METRICS_MS after.
 */
export const LOAD_SETTLE_MS = 1500;
const LOAD_AFTER_METRICS_MS = 500;

/** Polls until the canvas has taken its node sizes from the metrics (test-hooks.ts __sdgSized), or gives up after `timeoutMs`. */
async function waitForMetricSizes(page: Page, timeoutMs = 30_000): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await page.evaluate('(window.__sdgSized || []).includes(window.__sdgCy && window.__sdgCy.nodes().length)')) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

import { median } from './median.ts';

/** Installs a long-task observer before any page script runs. */
export async function observeLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number; __longTasks: [number, number][] };
    w.__longest = 0;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longest = Math.max(w.__longest, e.duration);
        w.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Live JS heap after a full garbage collection, the same way for the app and for sigma.js: without
 * the collection, usedJSHeapSize counts whatever garbage the page's last seconds left (for the app
 * that was 150–200 MB of a 223 MB reading on the peer graph, 49 MB live).
 */
async function heapMB(page: Page): Promise<number | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach();
  }
  const v = await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : null');
  return typeof v === 'number' ? Math.round(v / 1048576) : undefined;
}

/**
 * The app's FPS under the shared script, driven through Cytoscape's viewport API in the page. Frames
 * are the ones Cytoscape actually drew (its renderer's redraw counter), not animation-frame ticks:
 * Cytoscape skips drawing in a tick when it is behind, and sigma.js draws every tick it is asked to.
 */
export const APP_FPS = (durationMs: number) => `new Promise((resolve) => {
  const cy = window.__sdgCy; const script = ${panZoomScript.toString()};
  const w = cy.width(), h = cy.height(); const z0 = cy.zoom(), p0 = { ...cy.pan() }; // a copy: cy.pan() hands out the live object
  const r = cy.renderer(); const drawn0 = r.redrawCount || 0;
  const start = performance.now(); let ticks = 0;
  const step = (now) => { const s = script((now - start) / ${durationMs});
    cy.viewport({ zoom: z0 * s.zoom, pan: { x: p0.x * s.zoom - (s.zoom - 1) * w / 2 + s.dx * w, y: p0.y * s.zoom - (s.zoom - 1) * h / 2 + s.dy * h } });
    ticks++;
    if (now - start < ${durationMs}) requestAnimationFrame(step);
    else { const drawn = r.redrawCount === undefined ? ticks : r.redrawCount - drawn0; cy.viewport({ zoom: z0, pan: p0 }); resolve(drawn * 1000 / (now - start)); } };
  requestAnimationFrame(step); })`;

/** Polls (the app's CSP forbids Playwright's waitForFunction) until a graph with `edges` links is drawn. */
async function waitForDraw(page: Page, edges: number, timeoutMs = 300_000): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const t = await page.evaluate(`(window.__sdgDraws || []).find((d) => d.edges === ${edges})?.t ?? null`);
    if (typeof t === 'number') return t;
    const error = await page.evaluate('document.querySelector("[role=alert]")?.textContent ?? null');
    if (typeof error === 'string' && error) throw new Error(`the app reported: ${error}`);
    await page.waitForTimeout(100);
  }
  throw new Error(`no graph with ${edges} links drawn within ${timeoutMs / 1000} s`);
}

export async function measureApp(browser: Browser, url: string, opts: { runs?: number; selectCodes?: [string, string]; fpsMs?: number; edges: number }): Promise<ScaleFigures> {
  const firsts: number[] = [];
  const loadTasks: number[] = [];
  let last: ScaleFigures | undefined;
  for (let i = 0; i < (opts.runs ?? 3); i++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await observeLongTasks(page);
    await page.goto(url);
    firsts.push(await waitForDraw(page, opts.edges));
    // The load's tasks and the use's apart: the target is on the load, and a scripted pan redraws
    // the whole graph every frame (a user's drag shows a snapshot instead).
    const drawnAt = Date.now();
    if (await waitForMetricSizes(page)) await page.waitForTimeout(LOAD_AFTER_METRICS_MS);
    await page.waitForTimeout(Math.max(0, LOAD_SETTLE_MS - (Date.now() - drawnAt)));
    loadTasks.push(Number(await page.evaluate('window.__longest')));
    if (i === (opts.runs ?? 3) - 1) {
      await page.evaluate('window.__longest = 0');
      const fps = Number(await page.evaluate(APP_FPS(opts.fpsMs ?? 3000)));
      let select: number | undefined;
      if (opts.selectCodes) select = (await measureSelect(page, opts.selectCodes)).median;
      last = { firstDraw: 0, fps, select, longestTask: Number(await page.evaluate('window.__longest')), heapMB: await heapMB(page) };
    }
    await context.close();
  }
  return { ...last!, firstDraw: Math.round(median(firsts)), loadLongestTask: Math.round(median(loadTasks)) };
}

/**
 * Click-to-highlight: real mouse clicks, alternating between two nodes so every click changes the
 * selection, then the app's own hook: ms from the pointer's release (the mouseup's time stamp, so the hit test counts) to the animation frame after the
 * highlight classes were applied (GraphCanvas). The first click (no highlight → highlight, cold code)
 * is reported separately; the figure is the median of the following clicks.
 */
export async function measureSelect(page: Page, codes: [string, string], runs = 7): Promise<{ first: number; median: number }> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const code = codes[i % 2];
    const pos = (await page.evaluate(`(() => { const cy = window.__sdgCy; const n = cy.getElementById(${JSON.stringify(code)}); const p = n.renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`)) as { x: number; y: number };
    await page.evaluate('window.__sdgLastHighlightMs = undefined');
    await page.mouse.click(pos.x, pos.y);
    // Big graphs take longer than a fixed pause: poll for the hook, then let the panels settle.
    let t = NaN;
    for (let k = 0; k < 100 && !Number.isFinite(t); k++) {
      await page.waitForTimeout(100);
      t = Number(await page.evaluate('window.__sdgLastHighlightMs ?? NaN'));
    }
    await page.waitForTimeout(500);
    times.push(t);
  }
  const rest = times.slice(1).filter((t) => Number.isFinite(t) && t > 0);
  return { first: Math.round(times[0]), median: rest.length ? Math.round(median(rest)) : NaN };
}

export async function measureSigma(browser: Browser, url: string, opts: { runs?: number; fpsMs?: number } = {}): Promise<ScaleFigures> {
  const firsts: number[] = [];
  let fps = NaN;
  let longestTask: number | undefined;
  let heap: number | undefined;
  for (let i = 0; i < (opts.runs ?? 3); i++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await observeLongTasks(page);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __sdgFirstDraw?: number }).__sdgFirstDraw !== undefined, undefined, { timeout: 180_000 });
    firsts.push(Number(await page.evaluate('window.__sdgFirstDraw')));
    if (i === (opts.runs ?? 3) - 1) {
      fps = Number(await page.evaluate(`window.__benchFps(${opts.fpsMs ?? 3000})`));
      longestTask = Number(await page.evaluate('window.__longest'));
      heap = await heapMB(page);
    }
    await context.close();
  }
  return { firstDraw: Math.round(median(firsts)), fps, longestTask, heapMB: heap };
}
