/**
 * Cytoscape's canvas renderer watches its container's attributes (a MutationObserver) and answers any
 * change with cy.resize() a debounced 100 ms later: the canvases are reset and the whole graph is
 * redrawn. Our container's attributes change for reasons that have nothing to do with its size — the
 * `hl-dimmed` class when a highlight starts and ends, `data-ready` after the first draw, the label on
 * a language change — and each cost a full redraw: 1.6 s on 10k nodes / 100k links right after the
 * first click. Real size changes still reach Cytoscape through its ResizeObserver and window resize.
 */
import type { Core } from 'cytoscape';

/** What this module reads of Cytoscape's canvas renderer (3.34, src/extensions/renderer/canvas; internal, untyped). */
interface Watched { styleObserver?: { disconnect(): void } }

/** Stops `cy` from redrawing everything when its container's attributes change (no-op headless). */
export function ignoreContainerAttributes(cy: Core): void {
  const r = (cy as unknown as { renderer(): Watched | undefined }).renderer();
  r?.styleObserver?.disconnect();
}
