/** Fit requests (Fit button, Enter, double click): the highlighted part when there is one, else everything. */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { fitViewport } from '../graph/viewport.ts';

export function useFitRequests(cy: Core | null): void {
  const fitRequest = useAppState((s) => s.fitRequest);
  useEffect(() => {
    if (!cy || cy.destroyed() || !fitRequest) return;
    const part = cy.nodes('.hl, .selected, .path').filter((n) => !n.hasClass('filtered'));
    const target = part.length ? part : cy.nodes();
    const pos: Record<string, { x: number; y: number }> = {};
    target.forEach((n) => { pos[n.id()] = n.position(); });
    // From positions, not cy.fit(): that measures every edge.
    cy.viewport(fitViewport(pos, cy.width(), cy.height(), 40));
  }, [cy, fitRequest]);
}
