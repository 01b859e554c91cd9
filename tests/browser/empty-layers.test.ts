/**
 * Cytoscape's drag and selection-box layers stay hidden while empty (ui/graph/quiet-empty-layers.ts),
 * on the graph and on its highlight overlay: the browser then composites three canvases a frame
 * instead of seven. What Cytoscape does draw there still shows: a press on the background marks
 * the spot on the selection-box layer; once released that layer is blank again before it hides, so
 * no old ink can come back with it. (The app drags nodes on the node layer: quiet-press.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

/** A point of the graph's background: on its canvas, away from every node's box. */
const background = `(() => {
  const cy = window.__sdgCy; const r = cy.container().getBoundingClientRect();
  for (let y = r.top + 80; y < r.bottom - 80; y += 23) for (let x = r.left + 80; x < r.right - 80; x += 23) {
    if (!document.elementFromPoint(x, y)?.closest('[data-testid=graph]')) continue;
    const clear = cy.nodes().every((n) => { const b = n.renderedBoundingBox(); return x - r.left < b.x1 - 20 || x - r.left > b.x2 + 20 || y - r.top < b.y1 - 20 || y - r.top > b.y2 + 20; });
    if (clear) return { x, y };
  }
  return null;
})()`;
const at = (page: Page, code: string) => page.evaluate(`(() => { const cy = window.__sdgCy; const p = cy.getElementById(${JSON.stringify(code)}).renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`) as Promise<{ x: number; y: number }>;

/** Each Cytoscape layer canvas on the page: graph or overlay, its layer, whether shown, and its inked pixels. */
const layers = `[...document.querySelectorAll('canvas[data-id]')].map((c) => {
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) ink++;
  return { where: c.closest('.graph-overlay') ? 'overlay' : 'graph', layer: c.dataset.id, shown: getComputedStyle(c).visibility !== 'hidden', ink };
})`;
type Layer = { where: string; layer: string; shown: boolean; ink: number };
const layer = (all: Layer[], where: string, name: string) => all.find((l) => l.where === where && l.layer === name);

describe('empty layers', () => {
  const env = useBuiltApp();

  it('are hidden, on the graph and the highlight overlay, and shown while Cytoscape draws on them', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    const drawn = (await page.evaluate(layers)) as Layer[];
    expect(layer(drawn, 'graph', 'layer1-drag')).toMatchObject({ shown: false, ink: 0 });
    expect(layer(drawn, 'graph', 'layer0-selectbox')).toMatchObject({ shown: false, ink: 0 });
    expect(layer(drawn, 'graph', 'layer2-node')?.shown).toBe(true);

    // Held down on the background: Cytoscape marks the spot on the selection-box layer, which shows.
    const spot = (await page.evaluate(background)) as { x: number; y: number } | null;
    expect(spot).not.toBeNull();
    await page.mouse.move(spot!.x, spot!.y);
    await page.mouse.down();
    await page.waitForTimeout(300);
    const pressed = layer((await page.evaluate(layers)) as Layer[], 'graph', 'layer0-selectbox');
    expect(pressed?.shown).toBe(true);
    expect(pressed!.ink).toBeGreaterThan(100);
    await page.mouse.up();
    await page.waitForTimeout(500);
    // Released: the layer is blank and hidden again.
    expect(layer((await page.evaluate(layers)) as Layer[], 'graph', 'layer0-selectbox')).toMatchObject({ shown: false, ink: 0 });

    // A highlight: the overlay draws its lit part, its own empty layers hidden too.
    const p = await at(page, '16.6.1');
    await page.mouse.click(p.x, p.y);
    await page.waitForTimeout(800);
    const lit = (await page.evaluate(layers)) as Layer[];
    for (const where of ['graph', 'overlay']) {
      expect(layer(lit, where, 'layer1-drag')).toMatchObject({ shown: false, ink: 0 });
      expect(layer(lit, where, 'layer0-selectbox')).toMatchObject({ shown: false, ink: 0 });
      expect(layer(lit, where, 'layer2-node')?.shown).toBe(true);
    }
    expect(layer(lit, 'overlay', 'layer2-node')!.ink).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
