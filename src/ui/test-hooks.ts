/**
 * The only place that writes `window.__sdg*`: hooks the browser tests, the jsdom component tests and
 * the benchmarks (bench/browser) read. The app itself never reads them; it reaches the Cytoscape
 * instance through CyContext (canvas/cy-context.tsx).
 */
import type { Core } from 'cytoscape';
import { edgeCount } from './graph/element-counts.ts';
import { litLinksOf, litNodesOf, type LitLink } from './graph/painted-lit-links.ts';

declare global {
  interface Window {
    /** time of the first frame that showed a graph since navigation */
    __sdgFirstDraw?: number;
    /** every graph drawn since navigation: size and time of its first frame */
    __sdgDraws?: { nodes: number; edges: number; t: number }[];
    /** the current Cytoscape instance, published as soon as it is created */
    __sdgCy?: Core;
    /** the highlight overlay over it (graph/highlight-overlay.ts): the lit copies carry `hl` and `selected` */
    __sdgOverlay?: Core;
    /** the links the overlay paints lit over a painted canvas (graph/painted-lit-links.ts), less the filtered */
    __sdgLitLinks?: () => LitLink[];
    /** ids of the graph's lit nodes the overlay paints rather than copies (graph/painted-lit-nodes.ts) */
    __sdgLitNodes?: () => string[];
    /** ms from the last node click to the frame showing its highlight */
    __sdgLastHighlightMs?: number;
    /** node counts of the canvases that took their sizes from the metrics (one pass over every node each) */
    __sdgSized?: number[];
  }
}

export function publishCy(cy: Core): void {
  window.__sdgCy = cy;
}

export function publishOverlay(overlay: Core): void {
  window.__sdgOverlay = overlay;
  window.__sdgLitLinks = () => litLinksOf(overlay);
  window.__sdgLitNodes = () => litNodesOf(overlay);
}

/** A frame showed every node and link of `cy`. */
export function recordDraw(cy: Core): void {
  window.__sdgFirstDraw ??= performance.now();
  (window.__sdgDraws ??= []).push({ nodes: cy.nodes().length, edges: edgeCount(cy), t: performance.now() });
}

export function recordHighlightMs(ms: number): void {
  window.__sdgLastHighlightMs = ms;
}

export function recordSizesApplied(cy: Core): void {
  (window.__sdgSized ??= []).push(cy.nodes().length);
}
