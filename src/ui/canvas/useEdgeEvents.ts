/**
 * Clicks and hovers on links: a click chooses the link the evidence panel explains, a hover shows a
 * link's evidence while the pointer is on it (the clicked one comes back when it leaves). Painted links
 * (very big graphs) are found under the pointer on the background.
 */
import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { hasPaintedLinks, paintedLinkAt } from '../graph/painted-links.ts';

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
    // Painted links (graph/painted-links.ts) are no elements: the background's events find them.
    const painted = hasPaintedLinks(cy);
    let hovered = '';
    let frame = 0;
    const onBackgroundTap = (e: EventObject) => {
      if (e.target !== cy) return;
      const l = paintedLinkAt(cy, e.position.x, e.position.y);
      if (l) selectLink(l.source, l.target);
    };
    const onMove = (e: EventObject) => {
      if (e.target !== cy || frame) return;
      const { x, y } = e.position;
      // One look per frame: a look reads every painted link.
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (cy.destroyed()) return;
        const l = paintedLinkAt(cy, x, y);
        const key = l ? `${l.source}→${l.target}` : '';
        if (key === hovered) return;
        hovered = key;
        hoverLink(l);
      });
    };
    if (painted) {
      cy.on('tap', onBackgroundTap);
      cy.on('mousemove', onMove);
    }
    return () => {
      cancelAnimationFrame(frame);
      if (!cy.destroyed()) {
        cy.off('tap', 'edge', onTap);
        cy.off('mouseover', 'edge', onOver);
        cy.off('mouseout', 'edge', onOut);
        if (painted) {
          cy.off('tap', onBackgroundTap);
          cy.off('mousemove', onMove);
        }
      }
      hoverLink(null);
    };
  }, [cy, selectLink, hoverLink]);
}
