/**
 * While presenting, the highlighted part (or the whole graph) is fitted into the free canvas on entering
 * and after every resize, so a facilitator never has to press Enter to find the picture.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { presentNodeDiameter } from '../graph/stylesheet.ts';
import { partToFit, visibleFit, type Diameter, type FitMargin } from './fit-visible.ts';
import { resizeIfChanged } from '../graph/container-size.ts';

/** Room for the large labels above the nodes (one to two lines at PRESENT_SIZES.font) and a clear edge. */
export const PRESENT_MARGIN: FitMargin = { side: 56, top: 84, bottom: 28 };

/** Node diameters as the presentation stylesheet will draw them at a zoom. */
export function presentDiameter(goalLevel: boolean): Diameter {
  return (n, zoom) => presentNodeDiameter(Number(n.data('size') ?? 0), goalLevel, zoom);
}

export function usePresentFit(cy: Core | null): void {
  const presenting = useAppState((s) => s.presenting);
  const goalLevel = useAppState((s) => s.view.goalLevel);
  useEffect(() => {
    if (!cy || cy.destroyed() || !presenting) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fit = () => {
      if (cy.destroyed() || cy.animated()) return;
      // The bar and the legend change the canvas size; Cytoscape only re-measures on resize().
      resizeIfChanged(cy);
      const vp = visibleFit(cy, partToFit(cy), PRESENT_MARGIN, { diameter: presentDiameter(goalLevel) });
      if (vp) cy.viewport(vp);
    };
    // Two frames: the presentation bar is laid out and the canvas resized before we measure.
    frame = requestAnimationFrame(() => { frame = requestAnimationFrame(fit); });
    const later = () => { clearTimeout(timer); timer = setTimeout(fit, 120); };
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('resize', later);
    };
  }, [cy, presenting, goalLevel]);
}
