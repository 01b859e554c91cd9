/**
 * Presentation mode on the canvas: a stylesheet sized for the current zoom (re-made only when the
 * zoom moved by more than 2 %), and labels chosen so none overlap (state/label-lod.ts via graph/label-lod.ts).
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { buildStylesheet } from '../graph/stylesheet.ts';
import { applyLabelLod, clearLabelLod, setPresentLabels } from '../graph/label-lod.ts';
import { baseStyleOptions } from './base-style.ts';
import { canvasMemo } from '../graph/canvas-memo.ts';
import { usePresentFit } from './usePresentFit.ts';
import { syncOverlayStyle } from '../graph/highlight-overlay.ts';

/** Whether this instance has presented: leaving then puts the base sheet back. */
const presented = canvasMemo<boolean>();

export function usePresentation(cy: Core | null): void {
  const graph = useAppState((s) => s.graph);
  const presenting = useAppState((s) => s.presenting);
  const presentTheme = useAppState((s) => s.presentTheme);
  const colourSafe = useAppState((s) => s.colourSafe);
  const highlight = useAppState((s) => s.highlight);
  const visible = useAppState((s) => s.visible);
  const metricsByCode = useAppState((s) => s.metricsByCode);
  const sizeMetric = useAppState((s) => s.sizeMetric);
  const lang = useAppState((s) => s.lang);
  usePresentFit(cy);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const base = baseStyleOptions(graph);
    if (!presenting) {
      // Only after presenting: the constructor already set the base sheet, and a restyle costs a frame.
      if (presented.get(cy)) {
        presented.set(cy, false);
        cy.style(buildStylesheet(base));
        syncOverlayStyle(cy);
        clearLabelLod(cy);
      }
      return;
    }
    presented.set(cy, true);
    setPresentLabels(cy, graph, lang);
    let styledZoom = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      if (cy.destroyed()) return;
      const zoom = cy.zoom();
      if (!styledZoom || Math.abs(zoom / styledZoom - 1) > 0.02) {
        styledZoom = zoom;
        cy.style(buildStylesheet({ ...base, present: { theme: presentTheme, colourSafe, zoom } }));
        syncOverlayStyle(cy);
      }
      applyLabelLod(cy, { colourSafe });
    };
    refresh();
    const later = () => { clearTimeout(timer); timer = setTimeout(refresh, 80); };
    cy.on('viewport resize position', later);
    return () => {
      clearTimeout(timer);
      if (!cy.destroyed()) cy.off('viewport resize position', later);
    };
  }, [cy, graph, presenting, presentTheme, colourSafe, lang]);

  // Highlight and data changes move labels' priorities; re-plan them after each.
  useEffect(() => {
    if (cy && !cy.destroyed() && presenting) applyLabelLod(cy, { colourSafe });
  }, [cy, presenting, colourSafe, highlight, visible, metricsByCode, sizeMetric]);
}
