/**
 * A big graph's first frame only draws: its nodes' style, rendered style and bounds are computed in
 * tasks before it (graph/first-frame-in-tasks.ts), and its painted links go on in tasks after it
 * (graph/painted-links.ts, above FIRST_PAINT_SLICE links). Its nodes are drawn over a few frames
 * (graph/first-draw-in-frames.ts). The pictures made that way are the pictures a whole redraw gives.
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
 * For each instance's first drawn frame: how many style applications its style pass made, and how
 * much ink the painted links' canvas held when the frame had drawn.
 */
const watchFirstFrames = `(() => {
  const cy0 = window.__sdgCy;
  const rProto = Object.getPrototypeOf(cy0.renderer());
  const sProto = Object.getPrototypeOf(cy0.style());
  let applies = 0;
  const apply = sProto.apply;
  sProto.apply = function (...a) { applies++; return apply.apply(this, a); };
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
      const entry = { nodes: r.cy.nodes().length, applies: applies - start, ink: -1 };
      window.__firstFrames.push(entry);
      r.cy.one('render', () => queueMicrotask(() => {
        const c = r.data.canvasContainer.querySelector('[data-testid=painted-links]');
        if (!c) return;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]) ink++;
        entry.ink = ink;
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

// Enough nodes for their drawing to outlast one frame's budget.
const many = generateBenchGraph(8_000, 'first-draw-test', 8_000);
const manyFile = JSON.stringify({
  id: 'first-draw-test', name: many.name, level: 'indicator', illustrative: false, description: 'generated test graph',
  links: many.edges.map(([source, target]) => ({ source, target, score: 1, evidence: 'imported' })),
});

/** Per frame of each instance: how many nodes its node layer drew. */
const watchNodeDraws = `(() => {
  const proto = Object.getPrototypeOf(window.__sdgCy.renderer());
  const render = proto.render;
  const drawCached = proto.drawCachedElement;
  window.__nodeFrames = [];
  let current = null;
  proto.render = function (...a) {
    current = { nodes: this.cy.nodes().length, drawn: 0, ids: new Set(), twice: 0 };
    try { return render.apply(this, a); } finally { if (current.drawn) window.__nodeFrames.push({ nodes: current.nodes, drawn: current.drawn, twice: current.twice, ids: [...current.ids] }); current = null; }
  };
  proto.drawCachedElement = function (context, ele, ...rest) {
    if (current && context === this.data.contexts[this.NODE] && ele.isNode()) { current.drawn++; if (current.ids.has(ele.id())) current.twice++; current.ids.add(ele.id()); }
    return drawCached.call(this, context, ele, ...rest);
  };
})()`;

/** The node layer's pixels now, and after a whole redraw of it. */
const nodeLayerNowAndWhole = `(() => {
  const r = window.__sdgCy.renderer();
  const ctx = r.data.contexts[r.NODE];
  const read = () => Array.from(ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height).data);
  const now = read();
  r.data.canvasNeedsRedraw[r.NODE] = true;
  r.render();
  const whole = read();
  let differing = 0, inked = 0;
  for (let i = 0; i < now.length; i += 4) {
    if (now[i] !== whole[i] || now[i + 1] !== whole[i + 1] || now[i + 2] !== whole[i + 2] || now[i + 3] !== whole[i + 3]) differing++;
    if (whole[i + 3]) inked++;
  }
  return { differing, inked };
})()`;

describe("a big graph's first frame", () => {
  const env = useBuiltApp();

  it('draws its nodes over several frames, each once, into the picture a whole redraw gives', async () => {
    const { page, errors } = await openDrawnPage(env, '', 1280, 720);
    await page.evaluate(watchNodeDraws);
    await importGraph(page, 'first-draw.json', manyFile, many.edges.length);
    // Every node a link names, and the catalogue's indicators.
    const order = (await page.evaluate('window.__sdgCy.nodes().length')) as number;
    expect(order).toBeGreaterThan(5_000);
    const frames = ((await page.evaluate('window.__nodeFrames')) as { nodes: number; drawn: number; twice: number; ids: string[] }[])
      .filter((f) => f.nodes === order);
    // The first drawing: the frames up to the one that completed the set of nodes.
    const seen = new Set<string>();
    let k = 0;
    let twice = 0;
    for (; k < frames.length && seen.size < frames[0].nodes; k++) {
      twice += frames[k].twice;
      for (const id of frames[k].ids) { if (seen.has(id)) twice++; seen.add(id); }
    }
    expect(seen.size).toBe(frames[0].nodes);
    expect(k).toBeGreaterThan(1);
    expect(frames[0].drawn).toBeLessThan(frames[0].nodes);
    expect(twice).toBe(0);
    const r = (await page.evaluate(nodeLayerNowAndWhole)) as { differing: number; inked: number };
    expect(r.inked).toBeGreaterThan(10_000);
    expect(r.differing).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

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
    await page.evaluate('window.__sdgCy.pan(window.__pan0)');
    await page.waitForTimeout(400);
    expect(await page.evaluate(linkPicture)).toEqual(painted);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
