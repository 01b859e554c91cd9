/**
 * A big graph's first frame only draws: its nodes' style, rendered style and bounds are computed in
 * tasks before it (graph/first-frame-in-tasks.ts), and its painted links go on in tasks after it
 * (graph/painted-links.ts, above FIRST_PAINT_SLICE links). The picture painted that way is the
 * picture a whole repaint gives. A small graph's first frame likewise only draws, nodes and links.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateBenchGraph } from '../../bench/browser/bench-graph.ts';
import { useBuiltApp } from './helpers/built-app.ts';
import { openDrawnPage } from './helpers/open-page.ts';

// Above painted-links.ts FIRST_PAINT_SLICE (30,000): the first paint goes in two tasks.
const g = generateBenchGraph(2_000, 'first-frame-test', 36_000);
const file = JSON.stringify({
  id: 'first-frame-test', name: g.name, level: 'indicator', illustrative: false, description: 'generated test graph',
  links: g.edges.map(([source, target]) => ({ source, target, score: 1, evidence: 'imported' })),
});

/**
 * Page script: `applies` counts Cytoscape's style applications (on the style prototype every instance
 * shares); `rProto` is the renderers' prototype, for the scripts that watch frames.
 */
const COUNT_APPLIES = `const cy0 = window.__sdgCy;
  const rProto = Object.getPrototypeOf(cy0.renderer());
  const sProto = Object.getPrototypeOf(cy0.style());
  let applies = 0;
  const apply = sProto.apply;
  sProto.apply = function (...a) { applies++; return apply.apply(this, a); };`;

/**
 * For each instance's first drawn frame: its nodes and links, how many style applications its style
 * pass made, how much ink the painted links' canvas held when the frame had drawn (-1: none) and how
 * much the node layer (which draws Cytoscape's own links too) held.
 */
const watchFirstFrames = `(() => {
${COUNT_APPLIES}
  window.__firstFrames = [];
  const seen = new WeakSet();
  const beforeRender = rProto.beforeRender;
  rProto.beforeRender = function (fn, priority) {
    const r = this;
    if (priority !== 300) return beforeRender.call(this, fn, priority);
    return beforeRender.call(this, function (willDraw, t) {
      if (!willDraw || seen.has(r)) return fn.call(this, willDraw, t);
      seen.add(r);
      const start = applies;
      const out = fn.call(this, willDraw, t);
      const entry = { nodes: r.cy.nodes().length, edges: r.cy.edges().length, applies: applies - start, ink: -1, layerInk: -1, graph: r.cy === window.__sdgCy };
      window.__firstFrames.push(entry);
      const inkOf = (c) => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]) ink++;
        return ink;
      };
      r.cy.one('render', () => queueMicrotask(() => {
        entry.layerInk = inkOf(r.data.canvases[r.NODE]);
        const c = r.data.canvasContainer.querySelector('[data-testid=painted-links]');
        if (c) entry.ink = inkOf(c);
      }));
      return out;
    }, priority);
  };
})()`;

const linkPicture = `(() => {
  const c = window.__sdgCy.renderer().data.canvasContainer.querySelector('[data-testid=painted-links]');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  // A hash of every inked pixel's place and colour.
  let ink = 0, sum = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i + 3]) { ink++; sum = (sum * 31 + i + d[i] + d[i + 1] * 7 + d[i + 2] * 13 + d[i + 3] * 17) % 1000000007; }
  return { ink, sum };
})()`;

/** Opens a generated graph through the import dialog and waits until it counts as drawn. */
async function importGraph(page: Page, name: string, text: string, links: number) {
  await page.setInputFiles('[data-testid=import-input]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('[data-testid=import-preview]').waitFor({ timeout: 30_000 });
  await page.click('[data-testid=import-load]', { timeout: 120_000 });
  for (let i = 0; i < 600 && !(await page.evaluate(`(window.__sdgDraws || []).some((d) => d.edges === ${links})`)); i++) await page.waitForTimeout(100);
}

describe("a graph's first frame", () => {
  const env = useBuiltApp();

  it('finds every node styled, and its links painted after it, as a whole repaint paints them', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await page.evaluate(watchFirstFrames);
    await importGraph(page, 'first-frame.json', file, g.edges.length);
    const frames = (await page.evaluate('window.__firstFrames')) as { nodes: number; applies: number; ink: number }[];
    const big = frames.find((f) => f.nodes >= g.nodes.length);
    expect(big).toBeDefined();
    // The style pass of the first frame had nothing left to do; the links were not in that frame.
    expect(big!.applies).toBe(0);
    expect(big!.ink).toBe(0);
    await page.waitForTimeout(300);
    const painted = (await page.evaluate(linkPicture)) as { ink: number; sum: number };
    expect(painted.ink).toBeGreaterThan(10_000);
    // A camera move there and back repaints every link at once: the same picture.
    await page.evaluate('(() => { const cy = window.__sdgCy; window.__pan0 = { ...cy.pan() }; cy.pan({ x: window.__pan0.x + 7, y: window.__pan0.y }); })()');
    await page.waitForTimeout(400);
    expect(await page.evaluate(linkPicture)).not.toEqual(painted);
    await page.evaluate('void window.__sdgCy.pan(window.__pan0)');
    await page.waitForTimeout(400);
    expect(await page.evaluate(linkPicture)).toEqual(painted);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("draws a small graph's nodes and links together, in a first frame that finds them styled", async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await page.evaluate(watchFirstFrames);
    // The national co-movement network: 2,433 links, under PROGRESSIVE_EDGE_LIMIT.
    await page.selectOption('[data-testid=dataset-select]', 'kz-national-comovement');
    await page.waitForFunction(() => (window.__sdgDraws ?? []).some((d) => d.edges === 2433), undefined, { timeout: 60_000 });
    const frames = (await page.evaluate('window.__firstFrames')) as { nodes: number; edges: number; applies: number; layerInk: number; graph: boolean }[];
    // The graph's instance, not the highlight overlay's (graph/highlight-overlay.ts).
    const graphFrames = frames.filter((f) => f.graph);
    expect(graphFrames).toHaveLength(1);
    const [first] = graphFrames;
    const all = (await page.evaluate('[window.__sdgCy.nodes().length, window.__sdgCy.edges().length]')) as [number, number];
    // Every node and link is in that frame, and it drew them.
    expect([first.nodes, first.edges]).toEqual(all);
    expect(first.edges).toBe(2433);
    // Their styles were computed before it: its style pass restyles only what a controller changed
    // after the preparation (about 125 nodes here, depending on when the page's updates land), where
    // without the preparation the frames that first draw the elements style every one (277 nodes, then
    // 2,433 links).
    expect(first.applies).toBeLessThan((first.nodes + first.edges) / 10);
    expect(first.layerInk).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws the screen labels\' first plan in a frame that finds the labelled nodes styled', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    // Each drawn frame of the graph's instance: how many style applications its style pass made, and
    // how many nodes it showed with a screen label.
    await page.evaluate(`(() => {
      ${COUNT_APPLIES}
      window.__frames = [];
      const beforeRender = rProto.beforeRender;
      rProto.beforeRender = function (fn, priority) {
        const r = this;
        if (priority !== 300) return beforeRender.call(this, fn, priority);
        return beforeRender.call(this, function (willDraw, t) {
          const start = applies;
          const out = fn.call(this, willDraw, t);
          if (willDraw && r.cy === window.__sdgCy) window.__frames.push({ applies: applies - start, labelled: r.cy.nodes('.slbl').length });
          return out;
        }, priority);
      };
    })()`);
    await page.selectOption('[data-testid=dataset-select]', 'kz-national-comovement');
    await page.waitForFunction(() => (window.__sdgDraws ?? []).some((d) => d.edges === 2433), undefined, { timeout: 60_000 });
    await page.waitForFunction(() => ((window as unknown as { __frames: { labelled: number }[] }).__frames).some((f) => f.labelled > 0), undefined, { timeout: 30_000 });
    const frames = (await page.evaluate('window.__frames')) as { applies: number; labelled: number }[];
    const shown = frames.find((f) => f.labelled > 0)!;
    // The plan labels dozens of hubs; their style, label sizes and bounds were computed in tasks before
    // the frame that shows them (first-frame-in-tasks.ts prepareNextFrameInTasks), which restyled them
    // itself before: one application per labelled node.
    expect(shown.labelled).toBeGreaterThan(20);
    expect(shown.applies).toBeLessThan(shown.labelled / 4);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
