/**
 * Once the default network is drawn and the page is idle, the highlight overlay rehearses the most
 * influential node's highlight (graph/highlight-overlay.ts rehearseOverlay): drawn once, hidden, and
 * taken off again. Nothing of it may stay: no copy, no ink on the overlay's canvases, no hidden or
 * dimmed container; and the first real click must still light exactly its neighbourhood (its nodes
 * copied, its links painted on the overlay).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

/** Inked pixels on the overlay's canvases, its elements and whether anything is hidden or dimmed. */
const overlayState = `(() => {
  const o = window.__sdgOverlay; const holder = o.container();
  let ink = 0;
  for (const c of holder.querySelectorAll('canvas')) {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4) if (d[i]) ink++;
  }
  return { ink, elements: o.elements().length, hidden: holder.style.visibility, dimmed: window.__sdgCy.container().classList.contains('hl-dimmed') };
})()`;

describe('the overlay rehearsal on the default data', () => {
  const env = useBuiltApp();

  it('leaves nothing on screen, and the first click still lights exactly its neighbourhood', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await page.waitForFunction(() => performance.getEntriesByName('sdg:overlay-rehearsed').length > 0, undefined, { timeout: 15_000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(overlayState)).toEqual({ ink: 0, elements: 0, hidden: '', dimmed: false });

    const p = (await page.evaluate(`(() => { const cy = window.__sdgCy; const p = cy.getElementById('2.3.1').renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`)) as { x: number; y: number };
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => window.__sdgLastHighlightMs !== undefined, undefined, { timeout: 5_000 });
    await page.waitForTimeout(500);
    const want = (await page.evaluate(`(() => { const n = window.__sdgCy.getElementById('2.3.1'); return n.union(n.outgoers()).map((e) => e.id()).sort(); })()`)) as string[];
    // Copies for the nodes, the links painted lit (graph/painted-lit-links.ts).
    const lit = (await page.evaluate(`[...window.__sdgOverlay.elements('.hl, .selected').map((e) => e.id()), ...window.__sdgLitLinks().map((l) => l.id)].sort()`)) as string[];
    expect(lit).toEqual(want);
    const after = (await page.evaluate(overlayState)) as { ink: number; dimmed: boolean };
    expect(after.ink).toBeGreaterThan(1_000);
    expect(after.dimmed).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
