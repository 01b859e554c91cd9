/**
 * Leaves a graph's links and labels out of the canvas renderer's drawing, and its links out of the
 * pointer hit test, without restyling anything. Under a highlight the dimmed graph shows neither (the
 * overlay draws the lit ones). A `display: none` class on every link restyled them all when a highlight
 * started and again when it ended: on the default data (1.5k links) the longest task of a click fell
 * from 138 to 105 ms without it (medians of 5 interleaved runs, quiet 2-core VM, bench/ab.ts). Taking
 * the labels off by class likewise restyled the labelled nodes and re-measured all their links.
 * Meanwhile the elements are drawn one by one: the layer textures hold links and labels, and are left
 * as they are for when the highlight ends. Labels drawn straight onto the canvas (plain-node-draw.ts)
 * are left out too. Cytoscape's WebGL mode draws its own way: there this
 * returns false and the caller hides links by class and labels by the label plan.
 */
import type { Core } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';

/** What this module reads of Cytoscape's canvas renderer (3.34, src/extensions/renderer/canvas; internal, untyped). */
interface Drawn { isEdge(): boolean }
interface Renderer {
  webgl?: boolean;
  drawCachedElement?: (this: Renderer, context: unknown, ele: Drawn, ...rest: unknown[]) => void;
  drawCachedElements?: (this: Renderer, context: unknown, eles: Drawn[], pxRatio: number, extent: unknown) => void;
  drawLayeredElements?: (this: Renderer, context: unknown, eles: Drawn[], pxRatio: number, extent: unknown) => void;
  drawCachedElementPortion?: (this: Renderer, context: unknown, ele: Drawn, cache: unknown, ...rest: unknown[]) => void;
  findNearestElements?: (this: Renderer, x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => Drawn[];
  drawElementText?: (this: Renderer, context: unknown, ele: Drawn, shiftToOriginWithBb: unknown, ...rest: unknown[]) => void;
  data?: { lblTxrCache?: unknown; slbTxrCache?: unknown; tlbTxrCache?: unknown };
}

const hidden = new WeakMap<Renderer, boolean>();

/** True when `cy`'s renderer can leave links and labels undrawn (the canvas renderer, not WebGL or headless). */
export function canUndraw(cy: Core): boolean {
  const r = rendererOf<Renderer>(cy);
  return !!r && !r.webgl && typeof r.drawCachedElement === 'function' && typeof r.drawCachedElements === 'function'
    && typeof r.drawLayeredElements === 'function' && typeof r.drawCachedElementPortion === 'function' && typeof r.findNearestElements === 'function'
    && typeof r.drawElementText === 'function';
}

/** Hides (or shows again) `cy`'s links and labels from drawing, and its links from hits; false when it cannot. */
export function setDimmedUndrawn(cy: Core, hide: boolean): boolean {
  if (!canUndraw(cy)) return false;
  const r = rendererOf<Renderer>(cy)!;
  if (!hidden.has(r)) {
    // Wraps whatever is installed now (plain-edge-draw, unlayered-draw, quick-hit), so those keep working underneath.
    const draw = r.drawCachedElement!, drawAll = r.drawCachedElements!, layered = r.drawLayeredElements!;
    const portion = r.drawCachedElementPortion!, find = r.findNearestElements!, text = r.drawElementText!;
    r.drawCachedElement = function (context, ele, ...rest) {
      if (!(hidden.get(r) && ele.isEdge())) draw.call(this, context, ele, ...rest);
    };
    r.drawLayeredElements = function (context, eles, pxRatio, extent) {
      if (hidden.get(r)) drawAll.call(this, context, eles, pxRatio, extent);
      else layered.call(this, context, eles, pxRatio, extent);
    };
    // A node is drawn in portions, one per texture cache: its body, then its labels, which are skipped.
    const labels = new Set([r.data?.lblTxrCache, r.data?.slbTxrCache, r.data?.tlbTxrCache].filter(Boolean));
    r.drawCachedElementPortion = function (context, ele, cache, ...rest) {
      if (!(hidden.get(r) && labels.has(cache))) portion.call(this, context, ele, cache, ...rest);
    };
    // A label drawn straight onto the canvas (plain-node-draw.ts; Cytoscape's own direct drawing) comes
    // without a box to shift to; a label texture being made comes with one, and is left alone.
    r.drawElementText = function (context, ele, shiftToOriginWithBb, ...rest) {
      if (!(hidden.get(r) && shiftToOriginWithBb == null)) text.call(this, context, ele, shiftToOriginWithBb, ...rest);
    };
    // A node and a link under the pointer come back together, the node first: dropping the link keeps the node.
    r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
      const near = find.call(this, x, y, interactiveOnly, isTouch);
      return hidden.get(r) ? near.filter((el) => !el.isEdge()) : near;
    };
  }
  if (hidden.get(r) === hide) return true;
  hidden.set(r, hide);
  cy.forceRender();
  return true;
}
