/**
 * Cytoscape re-measures its container (cy.resize(): the canvases are reset and the whole graph is
 * redrawn) far more often than the container changes size. Its canvas renderer answers every
 * attribute change on the container (a MutationObserver) and its ResizeObserver's first report,
 * which comes after the first frame, each with a resize 100 ms later; and our own code asked for one
 * after every panel or presentation change. Our container's attributes change for reasons unrelated
 * to its size — the `hl-dimmed` class when a highlight starts and ends, `data-ready` after the first
 * draw — so each of these cost a full redraw: on 10k nodes / 100k links 1.6 s after the first click
 * and 1.3 s + 0.9 s right after the first draw. Here the graph is re-measured only when the
 * container's size differs from the one Cytoscape knows.
 */
import type { Core } from 'cytoscape';
import { rendererOf } from './renderer-internals.ts';

/** What this module reads of Cytoscape's canvas renderer (3.34, src/extensions/renderer/canvas; internal, untyped). */
interface Watched {
  styleObserver?: { disconnect(): void };
  resizeObserver?: { disconnect(): void };
  invalidateContainerClientCoordsCache?(): void;
}

/** Tells Cytoscape about a new container size, and only then (true); its page offset is re-read either way. */
export function resizeIfChanged(cy: Core): boolean {
  if (cy.destroyed()) return false;
  const el = cy.container();
  if (!el) return false;
  // The container may have moved without changing size (a banner above it): pointer positions must follow.
  rendererOf<Watched>(cy)?.invalidateContainerClientCoordsCache?.();
  if (el.clientWidth === cy.width() && el.clientHeight === cy.height()) return false;
  cy.resize();
  return true;
}

/** Cytoscape's own wait after a size change: a panel drag re-measures once it pauses, not every frame. */
const SETTLE_MS = 100;

/** Replaces Cytoscape's container watchers with one that re-measures only on a real size change (no-op headless). */
export function followContainerSize(cy: Core): void {
  const r = rendererOf<Watched>(cy);
  const el = cy.container();
  if (!r || !el) return;
  r.styleObserver?.disconnect();
  r.resizeObserver?.disconnect();
  if (typeof ResizeObserver === 'undefined') return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new ResizeObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => resizeIfChanged(cy), SETTLE_MS);
  });
  observer.observe(el);
  cy.one('destroy', () => {
    clearTimeout(timer);
    observer.disconnect();
  });
}
