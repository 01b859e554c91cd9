/**
 * Clicks and hovers on links: a click chooses the link the evidence panel explains, a hover shows a
 * link's evidence while the pointer is on it (the clicked one comes back when it leaves).
 */
import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';

export function useEdgeEvents(cy: Core | null): void {
  const selectLink = useAppState((s) => s.selectLink);
  const hoverLink = useAppState((s) => s.hoverLink);

  useEffect(() => {
    if (!cy) return;
    const ends = (e: EventObject) => ({ source: e.target.data('source') as string, target: e.target.data('target') as string });
    const onTap = (e: EventObject) => { const l = ends(e); selectLink(l.source, l.target); };
    const onOver = (e: EventObject) => hoverLink(ends(e));
    const onOut = () => hoverLink(null);
    cy.on('tap', 'edge', onTap);
    cy.on('mouseover', 'edge', onOver);
    cy.on('mouseout', 'edge', onOut);
    return () => {
      if (!cy.destroyed()) {
        cy.off('tap', 'edge', onTap);
        cy.off('mouseover', 'edge', onOver);
        cy.off('mouseout', 'edge', onOut);
      }
      hoverLink(null);
    };
  }, [cy, selectLink, hoverLink]);
}
