/**
 * Work the canvas must not do: neither loading nor a change of the graph container's attributes (the
 * highlight's `hl-dimmed` class, `data-ready`) may make Cytoscape re-measure, reset and redraw the
 * whole graph (ui/graph/container-size.ts), while a real size change still does; and a label plan
 * that keeps every label where it is restyles nothing (ui/graph/screen-labels.ts).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/built-app.ts';

describe('needless redraws', () => {
  const env = useBuiltApp();

  it('ignore the container\'s attributes but follow its size, and leave unchanged labels alone', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Counted from the instance's creation: Cytoscape's observers reported right after the first frame.
    await page.addInitScript(`(() => {
      window.__resized = 0; window.__styled = 0;
      const watch = setInterval(() => {
        const cy = window.__sdgCy;
        if (!cy) return;
        clearInterval(watch);
        cy.on('resize', () => { window.__resized++; });
        cy.on('style', 'node', () => { window.__styled++; });
      }, 1);
    })()`);
    await page.goto(env.url);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    await page.waitForTimeout(800);
    expect(Number(await page.evaluate('window.__resized'))).toBe(0);
    // Cytoscape's own observer answers attribute changes 100 ms later: wait well past that.
    await page.evaluate(`(() => { const c = window.__sdgCy.container(); c.classList.add('probe'); c.setAttribute('data-probe', '1'); })()`);
    await page.waitForTimeout(400);
    expect(Number(await page.evaluate('window.__resized'))).toBe(0);
    await page.setViewportSize({ width: 1200, height: 700 });
    for (let i = 0; i < 20 && Number(await page.evaluate('window.__resized')) === 0; i++) await page.waitForTimeout(100);
    expect(Number(await page.evaluate('window.__resized'))).toBeGreaterThan(0);
    await page.waitForTimeout(600);

    // A camera event that moves nothing re-plans the labels (useScreenLabels) to the same plan.
    const labelled = Number(await page.evaluate(`window.__sdgCy.nodes('.slbl').length`));
    expect(labelled).toBeGreaterThan(0);
    await page.evaluate(`(() => { window.__styled = 0; window.__sdgCy.emit('viewport'); })()`);
    await page.waitForTimeout(400);
    expect(Number(await page.evaluate(`window.__sdgCy.nodes('.slbl').length`))).toBe(labelled);
    expect(Number(await page.evaluate('window.__styled'))).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
