/**
 * Every node's bounds computed in one call before a big graph's first frame draws. Drawing asks each
 * node for its bounds; the first time, Cytoscape's single-element path pays for a whole collection
 * pass per node (a memo, two filtered collections, the rendered-style and compound checks) before the
 * box itself. One collection call pays those once for all nodes and leaves each box cached.
 * 10k nodes / 100k links, CPU profile: the first frame 1.72 → 1.29 s (drawing 0.75 s → 0.31 s, plus
 * 0.18 s for this call). Against the previous build alternated in one browser (bench/ab.ts --graphs,
 * 4 rounds, 7 Dec 2026): drawn 0.92× (3.08 → 2.83 s; every round under every round before), longest
 * loading task 0.87×; the 2k / 20k and peer-shaped graphs' longest task 0.94× and 0.95×.
 * Small graphs (drawn progressively) draw through layer textures, which ask for bounds their own way.
 * Since then the canvas renderer's big graphs compute their bounds in tasks before the first frame
 * (first-frame-in-tasks.ts); this call remains for the WebGL renderer's.
 */
import type { Core } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';

interface RendererHooks {
  beforeRender(fn: (willDraw: boolean) => void, priority: number): void;
}

/** After the style pass of the render loop (priority 300) and before the frame draws. */
const AFTER_STYLE = 250;

export function boundsBeforeFirstDraw(cy: Core): void {
  const hooks = rendererOf<RendererHooks>(cy);
  if (!hooks?.beforeRender) return; // headless: nothing is drawn
  let done = false;
  hooks.beforeRender((willDraw) => {
    if (done || !willDraw || cy.destroyed()) return;
    done = true;
    cy.nodes().boundingBox();
  }, AFTER_STYLE);
}
