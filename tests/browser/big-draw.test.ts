/**
 * A big graph (above PROGRESSIVE_EDGE_LIMIT links) draws the unlabelled links that are Cytoscape
 * elements (a path's, a loop's; here all, added by the test) through graph/plain-edge-draw.ts: the canvas it paints must be pixel for pixel the one Cytoscape's own
 * drawCachedElement paints for the same scene, links included. It builds no layer textures
 * (graph/unlayered-draw.ts), where Cytoscape's layered drawing would. Its first frame finds every
 * node's bounds computed (in tasks before it, graph/first-frame-in-tasks.ts). Its plain nodes are drawn
 * by graph/plain-node-draw.ts as Cytoscape's direct drawing draws them; the others by Cytoscape.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateBenchGraph } from '../../bench/browser/bench-graph.ts';
import { useBuiltApp, type BuiltApp } from './helpers/built-app.ts';
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
  // Pending styles first, as a frame computes them (render() alone does not): a label plan landing just
  // before this left some nodes' style pending, so the app's drawing handed them to Cytoscape's texture
  // drawing and the next redraw drew them directly (1,753 pixels apart, about one run in five).
  const draw = () => { cy.elements().forEach((e) => { e.pstyle('display'); }); r.data.lyrTxrCache.invalidateElements(cy.elements()); r.data.canvasNeedsRedraw[r.NODE] = true; r.render(); return ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height).data; };
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

/** Zooms in on the graph's first node: big shapes, borders visible. */
const zoomIn = `(() => { const cy = window.__sdgCy; cy.zoom({ level: 0.6, position: cy.nodes()[0].position() }); })()`;

/**
 * Page code shared by the node comparisons: `drawBoth()` draws the node layer with the app's method,
 * noting the nodes it hands to Cytoscape's, then with Cytoscape's direct drawing of every node
 * (drawNode), and gives both pictures. A frame computes the pending styles before it draws (pstyle
 * does); render() alone does not.
 */
const DRAW_BOTH = `const cy = window.__sdgCy; const r = cy.renderer(); const ctx = r.data.contexts[r.NODE]; const px = r.getPixelRatio();
  const drawBoth = () => {
    const draw = () => { cy.nodes().forEach((n) => { n.pstyle('display'); }); r.data.canvasNeedsRedraw[r.NODE] = true; r.render(); return ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height).data; };
    const handed = [];
    const own = r.drawCachedElement;
    const loop = r.drawCachedElements;
    r.drawCachedElement = function (c, ele, ...rest) { handed.push(ele.id()); return own.call(this, c, ele, ...rest); };
    const ours = draw();
    delete r.drawCachedElements;
    r.drawCachedElement = function (c, ele) { r.drawElement(c, ele, undefined, true, true); };
    const direct = draw();
    r.drawCachedElement = own;
    r.drawCachedElements = loop;
    return { ours, direct, handed };
  };
  const apart = (a, b, i) => Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]), Math.abs(a[i + 3] - b[i + 3]));`;

/**
 * With the labelled nodes hidden (compareLabels reads them) and one node marked (a double border the
 * plain drawing leaves to Cytoscape): both pictures of the node layer (drawNode has no texture
 * resampling), compared pixel by pixel.
 */
const compareNodes = `(() => {
  ${DRAW_BOTH}
  const installed = Object.prototype.hasOwnProperty.call(r, 'drawCachedElements');
  cy.nodes('.slbl').style('display', 'none');
  const onScreen = cy.nodes().filter((n) => { const bb = n.renderedBoundingBox(); return n.visible() && bb.x2 > 0 && bb.y2 > 0 && bb.x1 < cy.width() && bb.y1 < cy.height(); });
  const marked = onScreen[0];
  marked.addClass('mark-priority');
  const { ours, direct, handed } = drawBoth();
  // The marked node is drawn from Cytoscape's texture on one side and directly on the other.
  const mb = marked.renderedBoundingBox();
  const inMarked = (i) => { const x = (i / 4) % ctx.canvas.width, y = Math.floor(i / 4 / ctx.canvas.width); return x >= (mb.x1 - 2) * px && x <= (mb.x2 + 2) * px && y >= (mb.y1 - 2) * px && y <= (mb.y2 + 2) * px; };
  // Anti-aliased edges may differ by a few levels; a missing border or a wrong size or colour by far more.
  let differing = 0, inked = 0;
  for (let i = 0; i < ours.length; i += 4) {
    if (inMarked(i)) continue;
    if (apart(ours, direct, i) > 24) differing++;
    if (direct[i + 3] > 0) inked++;
  }
  return { installed, handed, marked: marked.id(), onScreen: onScreen.length, differing, inked };
})()`;

/**
 * With the screen labels on: draws the node layer with the app's method, then with Cytoscape's direct
 * drawing, and reads each labelled node's label box in both. The app's method draws the label with
 * Cytoscape's own text drawing, with the same context state; against drawNode's text most labels are
 * the same pixels, and some differ on about 52 outline pixels (a cause not found), so the check is per
 * label: ink where the label is, as much as Cytoscape's, and the label's pixels nearly all the same.
 */
const compareLabels = `(() => {
  ${DRAW_BOTH}
  const { ours, direct, handed } = drawBoth();
  const labels = cy.nodes('.slbl').filter((n) => { const b = n.renderedBoundingBox({ includeNodes: false }); return b.w > 0 && b.x1 > 0 && b.y1 > 0 && b.x2 < cy.width() && b.y2 < cy.height(); });
  return labels.map((n) => {
    const b = n.renderedBoundingBox({ includeNodes: false });
    let area = 0, inkOurs = 0, inkDirect = 0, differing = 0;
    for (let y = Math.ceil(b.y1 * px); y < b.y2 * px; y++) for (let x = Math.ceil(b.x1 * px); x < b.x2 * px; x++) {
      const i = (y * ctx.canvas.width + x) * 4; area++;
      if (ours[i + 3] > 0) inkOurs++;
      if (direct[i + 3] > 0) inkDirect++;
      if (apart(ours, direct, i) > 24) differing++;
    }
    return { id: n.id(), handed: handed.includes(n.id()), area, inkOurs, inkDirect, differing };
  });
})()`;

/** Opens the generated graph through the import dialog and waits for the frame that shows all its links. */
async function openBigGraph(page: Page) {
  await page.setInputFiles('[data-testid=import-input]', { name: 'big-draw.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.locator('[data-testid=import-preview]').waitFor({ timeout: 30_000 });
  await page.click('[data-testid=import-load]', { timeout: 120_000 });
  for (let i = 0; i < 600 && !(await page.evaluate(`(window.__sdgDraws || []).some((d) => d.edges === ${g.edges.length})`)); i++) await page.waitForTimeout(100);
}

/** The generated graph, zoomed in on its first node once the labels have settled on the new zoom. */
async function openZoomedIn(env: BuiltApp) {
  const opened = await openDrawnPage(env, '', 1280, 720);
  await openBigGraph(opened.page);
  await opened.page.evaluate(zoomIn);
  await opened.page.waitForTimeout(1000);
  return opened;
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

  it('draws plain nodes as Cytoscape draws them directly, and hands it the others', async () => {
    const { page, errors } = await openZoomedIn(env);
    const r = (await page.evaluate(compareNodes)) as { installed: boolean; handed: string[]; marked: string; onScreen: number; differing: number; inked: number };
    expect(r.installed).toBe(true);
    // Only the marked node went to Cytoscape's method.
    expect(r.handed).toEqual([r.marked]);
    expect(r.onScreen).toBeGreaterThan(20);
    expect(r.inked).toBeGreaterThan(1_000);
    expect(r.differing).toBeLessThan(r.inked * 0.01);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("draws the labelled nodes' labels itself, where Cytoscape draws them", async () => {
    const { page, errors } = await openZoomedIn(env);
    const labels = (await page.evaluate(compareLabels)) as { id: string; handed: boolean; area: number; inkOurs: number; inkDirect: number; differing: number }[];
    expect(labels.length).toBeGreaterThan(3);
    for (const l of labels) {
      expect(l.handed, l.id).toBe(false);
      // The label is there: its outline and text cover a good part of its box, as Cytoscape's do.
      expect(l.inkOurs, l.id).toBeGreaterThan(l.area * 0.3);
      expect(Math.abs(l.inkOurs - l.inkDirect), l.id).toBeLessThan(l.area * 0.02);
      expect(l.differing, l.id).toBeLessThan(l.area * 0.08);
    }
    // Most are the same pixels (27 labels here: 20 identical, 1 a pixel apart, 6 about 52 outline pixels apart).
    expect(labels.filter((l) => l.differing === 0).length).toBeGreaterThan(labels.length / 2);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
