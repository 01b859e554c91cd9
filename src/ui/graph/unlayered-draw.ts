/**
 * Graphs on the canvas renderer are drawn element by element, without Cytoscape's layer textures. The
 * layered cache draws every element into a few big textures at the first frame and copies those to
 * the screen: it pays when the same picture is redrawn unchanged, which on big graphs does not happen
 * (a pan shows a snapshot, textureOnViewport, and anything else invalidates the layers anyway). On
 * the 10k-node / 100k-link bench graph building them was 3.2 s of a 6.4 s first frame, of which 1.2 s
 * only measured the layers' bounds. On the bundled network (277 nodes, 1,535 links) drawing without
 * them, with the plain drawers, drew the graph 0.91× as late (4 rounds, bench/ab.ts); a pan at fit
 * redraws every element per frame, 42 against 47 frames a second (3 rounds), zoomed in no slower.
 */
import type { Core } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';

/** What this module replaces in Cytoscape's canvas renderer (3.34, src/extensions/renderer/canvas; internal, untyped). */
interface Renderer {
  webgl?: boolean;
  drawCachedElements?(context: unknown, eles: unknown[], pxRatio: number, extent: unknown): void;
  drawLayeredElements?(context: unknown, eles: unknown[], pxRatio: number, extent: unknown): void;
}

/** From now on `cy` draws its elements without layer textures (no-op headless and in WebGL mode). */
export function drawWithoutLayers(cy: Core): void {
  const r = rendererOf<Renderer>(cy);
  if (!r || r.webgl || typeof r.drawCachedElements !== 'function' || typeof r.drawLayeredElements !== 'function') return;
  r.drawLayeredElements = function (context, eles, pxRatio, extent) {
    // Looked up per call: plain-node-draw.ts may replace it on this instance.
    this.drawCachedElements!(context, eles, pxRatio, extent);
  };
}
