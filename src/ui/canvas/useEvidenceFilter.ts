/**
 * Hides the links of the evidence kinds the user turned off. A style bypass rather than a class, so a
 * hidden kind stays hidden under any highlight; links added later (a new dataset) are checked too.
 */
import { useEffect } from 'react';
import type { Core, EdgeSingular } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { hasPaintedLinks, setPaintedHiddenKinds } from '../graph/painted-links.ts';
import { overlayOf } from '../graph/highlight-overlay.ts';
import { repaintLitLinks } from '../graph/painted-lit-links.ts';

export function useEvidenceFilter(cy: Core | null): void {
  const graph = useAppState((s) => s.graph);
  const hidden = useAppState((s) => s.hiddenEvidence);

  useEffect(() => {
    if (!cy || !graph) return;
    const off = new Set<string>(hidden);
    const apply = (e: EdgeSingular) => {
      const kind = graph.hasEdge(e.id()) ? graph.getEdgeAttribute(e.id(), 'evidence') : undefined;
      // The class says what is hidden (for any renderer); the bypass does the hiding.
      if (kind && off.has(kind)) e.addClass('evidence-off').style('display', 'none');
      else if (e.hasClass('evidence-off')) e.removeClass('evidence-off').removeStyle('display');
    };
    cy.batch(() => cy.edges().forEach(apply));
    // Painted links (graph/painted-links.ts) hide by kind in the painters (lit ones: painted-lit-links.ts),
    // those made real for a path by bypass on their overlay copies.
    if (hasPaintedLinks(cy)) {
      setPaintedHiddenKinds(cy, off);
      const overlay = overlayOf(cy);
      if (overlay) repaintLitLinks(overlay);
      overlay?.batch(() => overlay.edges().forEach((c) => {
        const hide = off.has(graph.hasEdge(c.id()) ? graph.getEdgeAttribute(c.id(), 'evidence') : '');
        if (hide) c.addClass('evidence-off').style('display', 'none');
        else if (c.hasClass('evidence-off')) c.removeClass('evidence-off').removeStyle('display');
      }));
    }
    const onAdd = (ev: { target: EdgeSingular }) => apply(ev.target);
    cy.on('add', 'edge', onAdd);
    return () => { if (!cy.destroyed()) cy.off('add', 'edge', onAdd); };
  }, [cy, graph, hidden]);
}
