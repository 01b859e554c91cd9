/**
 * The System view in real Chromium on the built app: open the panel, draw a loop, click a MICMAC
 * point, run robustness in the worker and stop it; screenshots in en/ru/kk at 1280×720 and 1024×768.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ARTIFACTS, useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

// The machine is shared: a run of robustness in the worker plus two page loads may pass 30 s under load.
describe('System view in real Chromium', { timeout: 90_000 }, () => {
  const env = useBuiltApp();

  it('draws a loop, selects from the MICMAC plane, and runs robustness in the worker with Stop', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await page.click('[data-testid=tab-system]');
    await page.waitForSelector('[data-testid=system-panel]');
    expect(await page.textContent('[data-testid=system-illustrative]')).toMatch(/ILLUSTRATIVE/);
    await page.locator('[data-testid=loops-count]', { hasText: '125 of 125' }).waitFor();
    await page.locator('[data-testid=loop-item]').first().click();
    const loopNodes = await page.evaluate('window.__sdgCy.nodes(".sys-loop").length') as number;
    expect(loopNodes).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate('window.__sdgCy.edges(".sys-loop").length')).toBe(loopNodes);
    // the loop's arrows are drawn in the overlay colour
    expect(await page.evaluate('window.__sdgCy.edges(".sys-loop")[0].style("target-arrow-shape")')).toBe('triangle');
    await page.screenshot({ path: resolve(ARTIFACTS, 'system-loop-1280x720.png') });

    await page.click('[data-testid=system-section-micmac]');
    await page.locator('[data-testid=micmac-point][data-code="16.6.1"]').click();
    await page.locator('[data-testid=details-code]', { hasText: '16.6.1' }).count();
    expect(await page.evaluate('window.__sdgOverlay.nodes(".selected").map((n) => n.id())')).toEqual(['16.6.1']);

    await page.click('[data-testid=system-section-robustness]');
    await page.fill('[data-testid=robustness-runs]', '10000');
    await page.click('[data-testid=robustness-run]');
    await page.waitForSelector('[data-testid=robustness-progress]');
    // progress arrives from the worker while it runs: the page is not blocked
    await page.waitForFunction(() => Number(document.querySelector<HTMLProgressElement>('[data-testid=robustness-progress]')?.value) > 0, undefined, { timeout: 30_000 });
    await page.click('[data-testid=robustness-stop]');
    await page.waitForSelector('[data-testid=robustness-run]');
    expect(await page.locator('[data-testid=robustness-table]').count()).toBe(0);
    await page.fill('[data-testid=robustness-runs]', '200');
    await page.click('[data-testid=robustness-run]');
    await page.waitForSelector('[data-testid=robustness-table]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=robustness-table] [data-testid=robust-badge]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: resolve(ARTIFACTS, 'system-robustness-1280x720.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ['en', 'ru', 'kk'] as const) {
    for (const [w, h] of [[1280, 720], [1024, 768]] as const) {
      it(`fits the panel in ${lang} at ${w}×${h}`, async () => {
        const { page, errors } = await openDrawnPage(env, `?lang=${lang}&select=16.6.1`, w, h);
        await page.click('[data-testid=tab-system]');
        await page.waitForSelector('[data-testid=loops-count]');
        await page.screenshot({ path: resolve(ARTIFACTS, `system-loops-${lang}-${w}x${h}.png`) });
        await page.click('[data-testid=system-section-micmac]');
        await page.waitForSelector('[data-testid=micmac-plot]');
        await page.screenshot({ path: resolve(ARTIFACTS, `system-micmac-${lang}-${w}x${h}.png`) });
        await page.click('[data-testid=system-section-propagation]');
        await page.click('[data-testid=propagation-selected]');
        await page.waitForSelector('[data-testid=propagation-positive]');
        expect(await page.evaluate('window.__sdgCy.nodes(".sys-source").length')).toBe(1);
        await page.screenshot({ path: resolve(ARTIFACTS, `system-propagation-${lang}-${w}x${h}.png`) });
        // no section control sticks out of the panel
        const overflow = await page.evaluate(() => {
          const panel = document.querySelector('[data-testid=system-panel]')!.getBoundingClientRect();
          return [...document.querySelectorAll('[data-testid=system-panel] button, [data-testid=system-panel] select, [data-testid=system-panel] input')]
            .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > panel.right + 1; }).length;
        });
        expect(overflow).toBe(0);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
