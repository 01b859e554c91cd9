/**
 * Clicks and hovers on nodes. A click paints its highlight first and tells the store after the next
 * frame: the highlight is drawn at once, and the panels (dozens of rows, URL, history) update after
 * it instead of delaying it. A double click fits the view; hovering shows the tooltip.
 */
import { useContext, useEffect, useState } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { highlightOf } from '../../state/store.ts';
import { nextSelection } from '../../state/view.ts';
import { applyHighlight } from '../graph/highlight.ts';
import { quietPress, tapEndsDrag } from '../graph/quiet-press.ts';
import { quickHitTest } from '../graph/quick-hit.ts';
import { recordHighlightMs } from '../test-hooks.ts';
import { noteTap, takeTap } from './tap-timing.ts';

export interface Hover { code: string; x: number; y: number }

export function useNodeEvents(cy: Core | null): Hover | null {
  const store = useContext(StoreContext);
  const selectNode = useAppState((s) => s.selectNode);
  const requestFit = useAppState((s) => s.requestFit);
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    if (!cy) return;
    quietPress(cy);
    quickHitTest(cy);
    const onTap = (e: EventObject) => {
      if (tapEndsDrag(cy)) return;
      noteTap((e.originalEvent as Event | undefined)?.timeStamp);
      performance.mark('sdg:tap');
      const shift = (e.originalEvent as MouseEvent | undefined)?.shiftKey ?? false;
      const code = e.target.id() as string;
      const s = store?.getState();
      if (s?.graph && !cy.destroyed()) {
        const view = { ...s.view, select: nextSelection(s.view.select, code, shift) };
        applyHighlight(cy, highlightOf(s.graph, view), view.select);
        const started = takeTap()!;
        requestAnimationFrame(() => {
          recordHighlightMs(performance.now() - started);
          setTimeout(() => selectNode(code, shift), 0);
        });
      } else {
        selectNode(code, shift);
      }
    };
    const onDblTap = () => requestFit();
    const onOver = (e: EventObject) => setHover({ code: e.target.id(), x: e.renderedPosition.x, y: e.renderedPosition.y });
    const onOut = () => setHover(null);
    cy.on('tap', 'node', onTap);
    cy.on('dbltap', 'node', onDblTap);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    cy.on('drag pan zoom', onOut);
    return () => {
      if (!cy.destroyed()) {
        cy.off('tap', 'node', onTap);
        cy.off('dbltap', 'node', onDblTap);
        cy.off('mouseover', 'node', onOver);
        cy.off('mouseout', 'node', onOut);
        cy.off('drag pan zoom', onOut);
      }
      setHover(null);
    };
  }, [cy, store, selectNode, requestFit]);

  return hover;
}
