import type { Core } from 'cytoscape';
import { boxesMeet, rendererOf, type Box } from './renderer-internals.ts';

/** A bounding box as Cytoscape's renderer keeps it, with its size. */
interface Bb extends Box { w: number; h: number }

/** The element internals the canvas renderer's cached draw reads (Cytoscape 3.34, src/extensions/renderer/canvas). */
interface DrawnElement {
  isEdge(): boolean;
  visible(): boolean;
  boundingBox(): Bb;
  _private: { bodyBounds?: Bb; labelBounds?: { main?: Bb; source?: Bb; target?: Bb } };
}

type CachedDraw = (context: CanvasRenderingContext2D, ele: DrawnElement, pxRatio?: number, extent?: Bb, lvl?: number, highQuality?: boolean) => void;

interface CanvasRendererInternals {
  drawCachedElement?: CachedDraw;
  drawElement(context: CanvasRenderingContext2D, ele: DrawnElement, shiftToOriginWithBb?: Bb, showLabel?: boolean, showOverlay?: boolean): void;
  drawElementUnderlay(context: CanvasRenderingContext2D, ele: DrawnElement): void;
  drawElementOverlay(context: CanvasRenderingContext2D, ele: DrawnElement): void;
}

const empty = (b: Bb | undefined) => !b || b.w === 0 || b.h === 0;

/**
 * Draws an unlabelled link the way Cytoscape's canvas renderer does, with one bounding-box call
 * instead of five. Cytoscape's drawCachedElement asks each of its four texture caches (body, label,
 * source label, target label) for the element's box, and every `boundingBox()` call builds a fresh
 * memoised dirty check; a link has no texture and, here, no label, so four of those calls only find
 * nothing to draw. In a profile of the 10k-node / 100k-link bench graph those calls were ≈ 4.5 s of
 * memoizedFn self time plus their garbage. Measured in one page, full node-layer redraws interleaved
 * with Cytoscape's method (medians of 7–15): 0.68× on the peer-shaped graph (1.7k / 6.7k), 0.77× on
 * 2k / 20k. Labelled links, nodes and anything else go through Cytoscape's own method unchanged; the
 * WebGL mode draws links its own way and never calls this. Pixels: tests/browser/big-draw.test.ts.
 */
export function installPlainEdgeDraw(cy: Core): void {
  const r = rendererOf<CanvasRendererInternals>(cy);
  const cached = r?.drawCachedElement;
  if (!r || typeof cached !== 'function' || typeof r.drawElement !== 'function') return;
  r.drawCachedElement = function drawPlainEdgeOrCached(context, ele, pxRatio, extent, lvl, highQuality) {
    if (!ele.isEdge()) {
      cached.call(this, context, ele, pxRatio, extent, lvl, highQuality);
      return;
    }
    // The box first: it also brings the label boxes up to date.
    const bb = ele.boundingBox();
    const labels = ele._private.labelBounds;
    if (!labels || !empty(labels.main) || !empty(labels.source) || !empty(labels.target)) {
      cached.call(this, context, ele, pxRatio, extent, lvl, highQuality);
      return;
    }
    // The same steps as Cytoscape's method for a link: visibility and extent checks, underlay,
    // body (links have no texture: drawn directly), overlay.
    if (bb.w === 0 || bb.h === 0 || !ele.visible() || (extent && !boxesMeet(bb, extent))) return;
    r.drawElementUnderlay(context, ele);
    if (!empty(ele._private.bodyBounds)) r.drawElement(context, ele, undefined, false, false);
    r.drawElementOverlay(context, ele);
  };
}
