/** Node size by the chosen metric. Metrics arrive from the worker after the first frame; until then size shows influence. */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';

export function useNodeSizes(cy: Core | null): void {
  const metricsByCode = useAppState((s) => s.metricsByCode);
  const sizeMetric = useAppState((s) => s.sizeMetric);
  useEffect(() => {
    if (!cy || cy.destroyed() || !metricsByCode) return;
    let max = 0;
    for (const m of Object.values(metricsByCode)) if (Number.isFinite(m[sizeMetric])) max = Math.max(max, Math.abs(m[sizeMetric]));
    // Only nodes whose size changes: each data() write restyles the node and every link it has,
    // and the default metric (influence) gives the sizes the elements were created with.
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const v = metricsByCode[n.id()]?.[sizeMetric];
        const size = max && Number.isFinite(v) ? Math.abs(v) / max : 0;
        if (n.data('size') !== size) n.data('size', size);
      });
    });
  }, [cy, metricsByCode, sizeMetric]);
}
