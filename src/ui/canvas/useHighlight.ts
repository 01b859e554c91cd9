/** The store's highlight and selection as classes on the canvas (only the elements that change, see graph/highlight.ts). */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { applyHighlight } from '../graph/highlight.ts';
import { ensureOverlay, overlayOf } from '../graph/highlight-overlay.ts';
import { publishOverlay, recordHighlightMs } from '../test-hooks.ts';
import { takeTap } from './tap-timing.ts';

export function useHighlight(cy: Core | null): void {
  const highlight = useAppState((s) => s.highlight);
  const select = useAppState((s) => s.view.select);
  // Made when the page is idle after the first frame (a click before that makes it at once).
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const make = () => { if (!cy.destroyed()) publishOverlay(ensureOverlay(cy)); };
    if (typeof requestIdleCallback !== 'function') {
      make();
      return;
    }
    const id = requestIdleCallback(make, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [cy]);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    performance.mark('sdg:highlight-start');
    applyHighlight(cy, highlight, select);
    performance.mark('sdg:highlight-end');
    const overlay = overlayOf(cy);
    if (overlay) publishOverlay(overlay);
    // A click the tap's fast path did not paint (e.g. during loading) is measured here.
    const started = takeTap();
    if (started !== null) requestAnimationFrame(() => recordHighlightMs(performance.now() - started));
  }, [cy, highlight, select]);
}
