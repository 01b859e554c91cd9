/**
 * A big graph's first drawing of its nodes, spread over frames of about `budgetMs` of drawing each. Even
 * with everything computed beforehand (first-frame-in-tasks.ts), drawing 10k nodes is one 0.3–0.4 s
 * task. Here the first frame draws the nodes it can in the budget and the next frames add the rest
 * on top, without clearing the node layer in between: the nodes are drawn in the same order onto the
 * same canvas, so the last frame leaves the picture one whole drawing gives.
 *
 * That holds only while nothing changes: any notification to the renderer (a style, a position, the
 * camera, the size) or a new element order ends it, and from then on Cytoscape draws whole again, as
 * it does after the first complete drawing anyway.
 */
import type { Core } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';

/** What this module wraps and reads in Cytoscape's canvas renderer (3.34; internal, untyped). */
interface Renderer {
  webgl?: boolean;
  NODE: number;
  data: { contexts: CanvasRenderingContext2D[]; canvasNeedsRedraw: boolean[] };
  drawLayeredElements(context: CanvasRenderingContext2D, eles: unknown[], pxRatio: number, extent: unknown): void;
  drawCachedElement(context: CanvasRenderingContext2D, ele: unknown, pxRatio: number, extent: unknown): void;
  notify(...args: unknown[]): void;
  redraw(): void;
  beforeRender(fn: (willDraw: boolean) => void, priority: number): void;
}

interface Progress { eles: unknown[]; at: number; view: string }

/** Just before the frame draws, after every other before-render hook but afterNextFrame's (-1000). */
const LAST_BEFORE_DRAW = -900;
/** Nodes drawn between two looks at the clock. */
const STRIDE = 64;

const waiting = new WeakMap<Core, (() => void)[]>();

/** Calls `cb` once `cy`'s first drawing is complete (at once when none is under way). */
export function whenNodesDrawn(cy: Core, cb: () => void): void {
  const list = waiting.get(cy);
  if (list) list.push(cb);
  else cb();
}

/**
 * From this many nodes the first drawing goes over frames. Below, nodes are fewer but bigger on
 * screen, and the extra frames cost more than they spread: 2k nodes / 20k links drawn 1.28× later
 * (4 interleaved rounds), its longest task only 0.88×; at 10k / 100k the longest loading task went
 * 0.81× (455 → ~200 ms in task lists) with the drawing no later.
 */
export const FRAMED_DRAW_NODES = 5_000;

/** Spreads `cy`'s first drawing of its nodes over frames (see above); no-op below FRAMED_DRAW_NODES, on WebGL and headless. */
export function drawFirstNodesInFrames(cy: Core, budgetMs = 55): void {
  if (cy.nodes().length < FRAMED_DRAW_NODES) return;
  const r = rendererOf<Renderer>(cy);
  const ctx = r?.data?.contexts?.[r.NODE];
  if (!r || r.webgl || !ctx || typeof r.drawLayeredElements !== 'function' || typeof r.drawCachedElement !== 'function') return;
  const waiters: (() => void)[] = [];
  waiting.set(cy, waiters);
  let armed = true;
  let progress: Progress | null = null;
  let touched = false;
  let skipClear = false;
  let kept = false;
  const view = () => { const p = cy.pan(); return `${cy.zoom()} ${p.x} ${p.y} ${cy.width()} ${cy.height()}`; };

  const notify = r.notify;
  const clearRect = ctx.clearRect;
  const draw = r.drawLayeredElements;
  const done = () => {
    armed = false;
    progress = null;
    skipClear = false;
    // Cytoscape's own methods again (the instance's own properties go; the prototypes' show through).
    r.notify = notify;
    ctx.clearRect = clearRect;
    r.drawLayeredElements = draw;
    waiting.delete(cy);
    waiters.splice(0).forEach((f) => f());
  };

  r.notify = function (this: Renderer, ...args: unknown[]) {
    if (progress) touched = true;
    return notify.apply(this, args);
  };
  ctx.clearRect = function (this: CanvasRenderingContext2D, ...args: Parameters<CanvasRenderingContext2D['clearRect']>) {
    if (skipClear) {
      skipClear = false;
      kept = true;
      return;
    }
    return clearRect.apply(this, args);
  };
  r.beforeRender((willDraw) => {
    if (!willDraw || !progress) return;
    // Go on only with the same camera and nothing changed since the last slice.
    if (!touched && view() === progress.view) skipClear = true;
    else done();
  }, LAST_BEFORE_DRAW);

  r.drawLayeredElements = function (this: Renderer, context, eles, pxRatio, extent) {
    if (!armed || context !== ctx) return draw.call(this, context, eles, pxRatio, extent);
    let from = 0;
    if (kept) {
      kept = false;
      if (progress?.eles === eles) from = progress.at;
      else {
        // Another element order: this frame starts over on a cleared layer.
        context.save();
        context.setTransform(1, 0, 0, 1, 0, 0);
        clearRect.call(context, 0, 0, context.canvas.width, context.canvas.height);
        context.restore();
      }
    }
    skipClear = false;
    const until = performance.now() + budgetMs;
    let i = from;
    while (i < eles.length) {
      const end = Math.min(eles.length, i + STRIDE);
      for (; i < end; i++) this.drawCachedElement(context, eles[i], pxRatio, extent);
      if (performance.now() >= until) break;
    }
    if (i >= eles.length) {
      done();
      return;
    }
    progress = { eles, at: i, view: view() };
    touched = false;
    // After the render loop has marked this frame done: the node layer needs the next one.
    queueMicrotask(() => {
      if (!progress || cy.destroyed()) return;
      r.data.canvasNeedsRedraw[r.NODE] = true;
      r.redraw();
    });
  };
}
