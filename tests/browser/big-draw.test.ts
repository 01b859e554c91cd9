/**
 * A big graph (above PROGRESSIVE_EDGE_LIMIT links) draws the unlabelled links that are Cytoscape
 * elements (a path's, a loop's; here all, added by the test) through graph/plain-edge-draw.ts: the canvas it paints must be pixel for pixel the one Cytoscape's own
 * drawCachedElement paints for the same scene, links included. It builds no layer textures
 * (graph/unlayered-draw.ts), where Cytoscape's layered drawing would. Its first frame finds every
 * node's bounds computed (in tasks before it, graph/first-frame-in-tasks.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateBenchGraph } from '../../bench/browser/bench-graph.ts';
import { useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

const g = generateBenchGraph(1_000, 'big-draw-test', 6_000);
const file = JSON.stringify({
  id: 'big-draw-test', name: g.name, level: 'indicator', illustrative: false, description: 'generated test graph',
  links: g.edges.map(([source, target]) => ({ source, target, score: 1, evidence: 'imported' })),
});

/**
 * Redraws the whole node layer now, twice: with the app's method, then with Cytoscape's own (the
 * prototype's, once the instance's is deleted). Invalidating the layer cache makes each redraw draw
 * every element again instead of reusing a layer painted before.
 */
const compare = `(() => {
  const cy = window.__sdgCy; const r = cy.renderer();
  const installed = Object.prototype.hasOwnProperty.call(r, 'drawCachedElement') && Object.prototype.hasOwnProperty.call(r, 'drawLayeredElements');
  const layers = () => Object.values(r.data.lyrTxrCache.layersByLevel).reduce((n, l) => n + l.length, 0);
  const ctx = r.data.contexts[r.NODE];
  const draw = () => { r.data.lyrTxrCache.invalidateElements(cy.elements()); r.data.canvasNeedsRedraw[r.NODE] = true; r.render(); return ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height).data; };
  const ours = draw();
  const layersOurs = layers();
  delete r.drawCachedElement;
  const stock = draw();
  let differing = 0, inked = 0;
  for (let i = 0; i < ours.length; i += 4) {
    if (ours[i] !== stock[i] || ours[i + 1] !== stock[i + 1] || ours[i + 2] !== stock[i + 2] || ours[i + 3] !== stock[i + 3]) differing++;
    if (stock[i + 3] > 0) inked++;
  }
  // Cytoscape's own layered drawing (whose pixels differ by resampling) does build layers here.
  delete r.drawLayeredElements;
  draw();
  const layersStock = layers();
  // The same scene with the links hidden: the links must account for part of the ink.
  cy.edges().style('display', 'none');
  const nodesOnly = draw();
  let nodeInk = 0;
  for (let i = 0; i < nodesOnly.length; i += 4) if (nodesOnly[i + 3] > 0) nodeInk++;
  return { installed, differing, inked, nodeInk, layersOurs, layersStock };
})()`;

/** Opens the generated graph through the import dialog and waits for the frame that shows all its links. */
async function openBigGraph(page: Page) {
  await page.setInputFiles('[data-testid=import-input]', { name: 'big-draw.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.locator('[data-testid=import-preview]').waitFor({ timeout: 30_000 });
  await page.click('[data-testid=import-load]', { timeout: 120_000 });
  for (let i = 0; i < 600 && !(await page.evaluate(`(window.__sdgDraws || []).some((d) => d.edges === ${g.edges.length})`)); i++) await page.waitForTimeout(100);
}

/**
 * On Cytoscape's canvas renderer (the prototype every instance shares), notes for each instance's
 * first drawing how many of its nodes have no bounds yet when the drawing starts.
 */
const watchFirstDraws = `(() => {
  const proto = Object.getPrototypeOf(window.__sdgCy.renderer());
  const render = proto.render;
  window.__firstDraws = [];
  const seen = new WeakSet();
  proto.render = function (...a) {
    if (!seen.has(this.cy)) {
      seen.add(this.cy);
      const nodes = this.cy.nodes();
      window.__firstDraws.push({ nodes: nodes.length, unbounded: nodes.filter((n) => n._private.bbCache == null).length });
    }
    return render.apply(this, a);
  };
})()`;

describe('drawing a big graph', () => {
  const env = useBuiltApp();

  it('finds the bounds of every node computed when its first frame draws', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await page.evaluate(watchFirstDraws);
    await openBigGraph(page);
    const draws = (await page.evaluate('window.__firstDraws')) as { nodes: number; unbounded: number }[];
    // The big graph's canvas (its nodes and the catalogue's other indicators), not the overlay's.
    const big = draws.find((d) => d.nodes >= g.nodes.length);
    expect(big?.unbounded).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('paints unlabelled links exactly as Cytoscape does', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await openBigGraph(page);
    // The graph's own links are painted (graph/painted-links.ts); the links a path or a loop makes real
    // are Cytoscape elements drawn by plain-edge-draw.ts. Here every link is made one.
    await page.evaluate(`window.__sdgCy.add(${JSON.stringify(g.edges)}.map(([source, target], i) => ({ group: 'edges', data: { id: 'bd' + i, source, target } })))`);
    await page.waitForTimeout(500);
    const r = (await page.evaluate(compare)) as { installed: boolean; differing: number; inked: number; nodeInk: number; layersOurs: number; layersStock: number };
    expect(r.installed).toBe(true);
    // Cytoscape's layered drawing builds layers for this scene; the app's drew none.
    expect(r.layersOurs).toBe(0);
    expect(r.layersStock).toBeGreaterThan(0);
    expect(r.differing).toBe(0);
    expect(r.inked).toBeGreaterThan(r.nodeInk + 1000);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
