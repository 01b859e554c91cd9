/**
 * Leaves a graph's links out of the canvas renderer's drawing and pointer hit test without restyling
 * them. Under a highlight the dimmed graph's links are not shown (the overlay draws the lit ones); a
 * `display: none` class on every link restyled them all when a highlight started and again when it
 * ended, and the click's next frame paid for it: on the default data (1.5k links) the longest task
 * of a click fell from 138 to 105 ms this way (medians of 5 interleaved runs, quiet 2-core VM,
 * bench/ab.ts), with no restyle at all. Cytoscape's WebGL mode draws links its own way: there this
 * returns false and the caller hides them by class.
 */
import type { Core } from 'cytoscape';

/** What this module reads of Cytoscape's canvas renderer (3.34, src/extensions/renderer/canvas; internal, untyped). */
interface Drawn { isEdge(): boolean }
interface Renderer {
  webgl?: boolean;
  drawCachedElement?: (this: Renderer, context: unknown, ele: Drawn, ...rest: unknown[]) => void;
  findNearestElements?: (this: Renderer, x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => Drawn[];
  data?: { lyrTxrCache?: { invalidateElements(eles: unknown): void } };
}

const hidden = new WeakMap<Renderer, boolean>();

/** Hides (or shows again) `cy`'s links from drawing and hits; false when the renderer cannot (WebGL, headless). */
export function setLinksUndrawn(cy: Core, hide: boolean): boolean {
  const r = (cy as unknown as { renderer(): Renderer | undefined }).renderer();
  const draw = r?.drawCachedElement;
  const find = r?.findNearestElements;
  if (!r || r.webgl || typeof draw !== 'function' || typeof find !== 'function') return false;
  if (!hidden.has(r)) {
    // Wraps whatever is installed now (plain-edge-draw, quick-hit), so those keep working underneath.
    r.drawCachedElement = function (context, ele, ...rest) {
      if (!(hidden.get(r) && ele.isEdge())) draw.call(this, context, ele, ...rest);
    };
    // A node and a link under the pointer come back together, the node first: dropping the link keeps the node.
    r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
      const near = find.call(this, x, y, interactiveOnly, isTouch);
      return hidden.get(r) ? near.filter((el) => !el.isEdge()) : near;
    };
  }
  if (hidden.get(r) === hide) return true;
  hidden.set(r, hide);
  // Layers drawn before (the renderer's texture of many elements at once) still hold or lack the links.
  r.data?.lyrTxrCache?.invalidateElements(cy.edges());
  cy.forceRender();
  return true;
}
