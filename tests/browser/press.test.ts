/**
 * A press on a node redraws nothing of the graph underneath (ui/graph/quiet-press.ts): no `:active`,
 * selection or grab restyle, and the highlight goes to the overlay. Nodes still drag with the pointer,
 * a drag is not a click, and the layout lock keeps them still.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

const at = (page: Page, code: string) => page.evaluate(`(() => { const cy = window.__sdgCy; const p = cy.getElementById(${JSON.stringify(code)}).renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`) as Promise<{ x: number; y: number }>;
const modelAt = (page: Page, code: string) => page.evaluate(`(() => ({ ...window.__sdgCy.getElementById(${JSON.stringify(code)}).position() }))()`) as Promise<{ x: number; y: number }>;
const selected = (page: Page) => page.evaluate('window.__sdgOverlay ? window.__sdgOverlay.nodes(".selected").map((n) => n.id()) : []') as Promise<string[]>;

describe('a press on a node', () => {
  const env = useBuiltApp();

  it('highlights without restyling any element of the graph', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    const first = await at(page, '16.6.1');
    await page.mouse.click(first.x, first.y);
    await page.waitForTimeout(800);
    expect(await selected(page)).toEqual(['16.6.1']);
    // The graph's own labels leave once the label plan has followed the highlight (and the camera).
    for (let i = 0; i < 50 && Number(await page.evaluate('window.__sdgCy.nodes(".slbl").length')) > 0; i++) await page.waitForTimeout(100);
    await page.waitForTimeout(500);
    // From here on the graph is dimmed and carries no label: a click changes only the overlay.
    await page.evaluate(`(() => { window.__restyled = new Set(); window.__sdgCy.on('style', (e) => window.__restyled.add(e.target.id() + ':' + e.target.classes().join('.'))); })()`);
    const next = await at(page, '2.3.1');
    await page.mouse.click(next.x, next.y);
    await page.waitForTimeout(800);
    expect(await selected(page)).toEqual(['2.3.1']);
    expect(await page.evaluate('[...window.__restyled]')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('drags a node with the pointer without selecting it, and not while the layout is locked', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    const zoom = Number(await page.evaluate('window.__sdgCy.zoom()'));
    const drag = async (code: string) => {
      const p = await at(page, code);
      await page.mouse.move(p.x, p.y);
      await page.mouse.down();
      await page.mouse.move(p.x + 40, p.y + 30, { steps: 5 });
      await page.mouse.up();
      await page.waitForTimeout(300);
    };
    const before = await modelAt(page, '16.6.1');
    const pan = await page.evaluate('({ ...window.__sdgCy.pan() })');
    await drag('16.6.1');
    const after = await modelAt(page, '16.6.1');
    expect(after.x - before.x).toBeCloseTo(40 / zoom, 0);
    expect(after.y - before.y).toBeCloseTo(30 / zoom, 0);
    // The camera stayed: the gesture moved the node, not the view, and did not select it.
    expect(await page.evaluate('({ ...window.__sdgCy.pan() })')).toEqual(pan);
    expect(await selected(page)).toEqual([]);
    await page.check('[data-testid=lock-layout]');
    const locked = await modelAt(page, '2.3.1');
    await drag('2.3.1');
    expect(await modelAt(page, '2.3.1')).toEqual(locked);
    expect(errors).toEqual([]);
    await page.close();
  });
});
