/**
 * Cold time from navigation to the first drawn graph, in headless Debian Chromium, on the built app.
 * Each run uses a fresh browser context (empty cache). `window.__sdgFirstDraw` is set by GraphCanvas
 * on the first animation frame after Cytoscape's first render; performance.now() counts from navigation.
 */
import type { Browser } from 'playwright-core';

export interface FirstRender {
  runs: number[];
  median: number;
  marks: Record<string, number>;
}

export async function measureFirstRender(browser: Browser, url: string, runs = 7, viewport = { width: 1920, height: 1080 }): Promise<FirstRender> {
  const times: number[] = [];
  let marks: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 60_000 });
    times.push(Number(await page.evaluate('window.__sdgFirstDraw')));
    marks = JSON.parse(String(await page.evaluate('JSON.stringify(Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])))')));
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { runs: times.map(Math.round), median: Math.round(sorted[Math.floor(sorted.length / 2)]), marks };
}
