/** The store's highlight and selection as classes on the canvas (only the elements that change, see graph/highlight.ts). */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { applyHighlight } from '../graph/highlight.ts';
import { ensureOverlay } from '../graph/highlight-overlay.ts';
import { publishOverlay, recordHighlightMs } from '../test-hooks.ts';
import { takeTap } from './tap-timing.ts';

export function useHighlight(cy: Core | null): void {
  const highlight = useAppState((s) => s.highlight);
  const select = useAppState((s) => s.view.select);
  // Made once the graph is in, before the first click needs it.
  useEffect(() => {
    if (cy && !cy.destroyed()) publishOverlay(ensureOverlay(cy));
  }, [cy]);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    performance.mark('sdg:highlight-start');
    applyHighlight(cy, highlight, select);
    performance.mark('sdg:highlight-end');
    // A click the tap's fast path did not paint (e.g. during loading) is measured here.
    const started = takeTap();
    if (started !== null) requestAnimationFrame(() => recordHighlightMs(performance.now() - started));
  }, [cy, highlight, select]);
}
