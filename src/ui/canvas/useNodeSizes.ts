/**
 * Node size by the file's own sizes or the chosen metric (state/network.ts nodeSizesOf, which the
 * pictures export too). Metrics arrive from the worker after the first frame; until then size shows influence.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { nodeSizesOf } from '../../state/network.ts';
import { recordSizesApplied } from '../test-hooks.ts';

export function useNodeSizes(cy: Core | null): void {
  const sizes = useAppState(nodeSizesOf);
  useEffect(() => {
    if (!cy || cy.destroyed() || !sizes) return;
    // Only nodes whose size changes: each data() write restyles the node and every link it has,
    // and the default metric (influence) gives the sizes the elements were created with.
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const size = sizes.get(n.id()) ?? 0;
        if (n.data('size') !== size) n.data('size', size);
      });
    });
    recordSizesApplied(cy);
  }, [cy, sizes]);
}
