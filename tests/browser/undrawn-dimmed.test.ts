/**
 * Under a highlight the dimmed graph's links and labels are left out of drawing, and its links out of
 * the pointer hit test (ui/graph/undrawn-dimmed.ts), without restyling any link or labelled node; both
 * come back when the highlight ends.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';
import { NODE_LABELS_DRAWN } from './helpers/label-draws.ts';

/** A link of the graph not lit by 16.6.1's highlight whose middle lies on screen, away from every node. */
const PICK_LINK = `(() => {
  const cy = window.__sdgCy;
  const lit = new Set(cy.getElementById('16.6.1').closedNeighborhood().map((e) => e.id()));
  const nodes = cy.nodes().map((n) => n.renderedPosition());
  const w = cy.width(), h = cy.height();
  const far = (p) => nodes.every((q) => Math.hypot(p.x - q.x, p.y - q.y) > 30);
  const e = cy.edges().filter((e) => !lit.has(e.id()) && !lit.has(e.source().id()) && !lit.has(e.target().id())).toArray().find((e) => {
    const p = e.renderedMidpoint();
    return p.x > 40 && p.y > 40 && p.x < w - 40 && p.y < h - 40 && far(p);
  });
  return e ? e.id() : null;
})()`;

/** Where a link's middle is on the page, and the base canvas's alpha there (the node layer draws links too). */
const probe = (page: Page, id: string) => page.evaluate(`(() => {
  const cy = window.__sdgCy;
  const p = cy.getElementById(${JSON.stringify(id)}).renderedMidpoint();
  const r = cy.container().getBoundingClientRect();
  const canvas = cy.container().querySelector('canvas[data-id="layer2-node"]');
  const k = canvas.width / cy.width();
  const d = canvas.getContext('2d').getImageData(Math.round(p.x * k) - 2, Math.round(p.y * k) - 2, 5, 5).data;
  let alpha = 0;
  for (let i = 3; i < d.length; i += 4) alpha = Math.max(alpha, d[i]);
  return { x: r.left + p.x, y: r.top + p.y, alpha };
})()`) as Promise<{ x: number; y: number; alpha: number }>;

const at = (page: Page, code: string) => page.evaluate(`(() => { const cy = window.__sdgCy; const p = cy.getElementById(${JSON.stringify(code)}).renderedPosition(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; })()`) as Promise<{ x: number; y: number }>;

describe('the dimmed graph under a highlight', () => {
  const env = useBuiltApp();

  it('neither draws its links and labels nor answers the pointer on its links, restyles neither, and shows them again after', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await page.waitForTimeout(500);
    await page.evaluate(`(() => {
      window.__edgeStyled = 0; window.__edgeOver = 0;
      window.__sdgCy.on('style', 'edge', () => { window.__edgeStyled++; });
      window.__sdgCy.on('mouseover', 'edge', () => { window.__edgeOver++; });
    })()`);
    const id = (await page.evaluate(PICK_LINK)) as string | null;
    expect(id).not.toBeNull();
    // Before any highlight the link is drawn and the pointer finds it: the probes below can fail.
    const before = await probe(page, id!);
    expect(before.alpha).toBeGreaterThan(0);
    await page.mouse.move(before.x, before.y);
    await page.waitForTimeout(200);
    expect(Number(await page.evaluate('window.__edgeOver'))).toBeGreaterThan(0);
    await page.mouse.move(5, 5);
    expect(Number(await page.evaluate(NODE_LABELS_DRAWN))).toBeGreaterThan(0);
    const labelled = () => page.evaluate(`window.__sdgCy.nodes('.slbl').map((n) => n.id()).sort().join()`);
    const labelledBefore = await labelled();

    const node = await at(page, '16.6.1');
    await page.mouse.click(node.x, node.y);
    await page.waitForFunction('document.querySelector("[data-testid=graph]").classList.contains("hl-dimmed")');
    await page.waitForTimeout(1000);
    await page.evaluate('window.__edgeOver = 0');
    const under = await probe(page, id!);
    expect(under.alpha).toBe(0);
    await page.mouse.move(under.x, under.y);
    await page.waitForTimeout(200);
    expect(Number(await page.evaluate('window.__edgeOver'))).toBe(0);
    expect(Number(await page.evaluate('window.__edgeStyled'))).toBe(0);
    expect(Number(await page.evaluate(NODE_LABELS_DRAWN))).toBe(0);
    // Not drawn, but not taken off either: taking them off restyled the labelled nodes and re-measured their links.
    expect(await labelled()).toBe(labelledBefore);

    // A shift-click takes the node out of the selection and ends the highlight: the links are drawn again, still without a restyle.
    const again = await at(page, '16.6.1');
    await page.keyboard.down('Shift');
    await page.mouse.click(again.x, again.y);
    await page.keyboard.up('Shift');
    await page.waitForFunction('!document.querySelector("[data-testid=graph]").classList.contains("hl-dimmed")');
    await page.waitForTimeout(1000);
    expect((await probe(page, id!)).alpha).toBeGreaterThan(0);
    expect(Number(await page.evaluate('window.__edgeStyled'))).toBe(0);
    expect(Number(await page.evaluate(NODE_LABELS_DRAWN))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
