/** The chosen layout (run by graph/layouts.ts from its descriptor) and the layout lock (no dragging). */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { runLayout } from '../graph/layouts.ts';
import { setDragLocked } from '../graph/quiet-press.ts';

export function useLayout(cy: Core | null): void {
  const layout = useAppState((s) => s.view.layout);
  const positions = useAppState((s) => s.positions);
  const datasetId = useAppState((s) => s.graph?.getAttribute('datasetId'));
  const locked = useAppState((s) => s.layoutLocked);
  useEffect(() => {
    if (cy && !cy.destroyed() && positions) void runLayout(cy, layout, positions, datasetId);
  }, [cy, layout, positions, datasetId]);
  useEffect(() => {
    if (cy && !cy.destroyed()) setDragLocked(cy, locked);
  }, [cy, locked]);
}
