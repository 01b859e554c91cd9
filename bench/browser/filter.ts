/**
 * Filter change: from the click on a goal's checkbox to the frame after the canvas has hidden the
 * filtered nodes (Cytoscape draws in its own animation frame; the next one after the classes changed
 * is when the picture on screen is the filtered one). Alternates on and off, median of the changes.
 */
import type { Page } from 'playwright-core';
import { median } from './median.ts';

const ONE_CHANGE = (testId: string) => `new Promise((resolve) => {
  const box = document.querySelector('[data-testid="${testId}"]');
  const before = window.__sdgCy.nodes('.filtered').length;
  const t0 = performance.now();
  box.click();
  const check = () => {
    if (window.__sdgCy.nodes('.filtered').length !== before) requestAnimationFrame(() => resolve(performance.now() - t0));
    else if (performance.now() - t0 > 10000) resolve(NaN);
    else requestAnimationFrame(check);
  };
  check();
})`;

export async function measureFilter(page: Page, testId = 'goal-1', runs = 8): Promise<{ median: number; runs: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(Number(await page.evaluate(ONE_CHANGE(testId))));
    await page.waitForTimeout(300);
  }
  const ok = times.filter(Number.isFinite);
  return { median: ok.length ? Math.round(median(ok)) : NaN, runs: times.map(Math.round) };
}
