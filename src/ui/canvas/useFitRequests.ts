/**
 * Fit requests (Fit button, Enter, double click): the highlighted part when there is one, else
 * everything — into the canvas as it is now. The canvas is only the free area (the legend and the
 * side panels sit beside it), so a fit never puts nodes under them. When the canvas changes size
 * (window, panel hidden, legend folded) and the user has not panned or zoomed since the last fit,
 * the same fit is made again, so a first draw or a fit survives the layout settling.
 */
import { useContext, useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { fitViewport } from '../graph/viewport.ts';
import { USER_MOVE } from './wheel-zoom.ts';
import { highlightedNodes } from '../graph/highlight-overlay.ts';
import { resizeIfChanged } from '../graph/container-size.ts';

type FitTarget = 'all' | 'part';

function fitNow(cy: Core, what: FitTarget): void {
  const part = what === 'part' ? highlightedNodes(cy).filter((n) => !n.hasClass('filtered')) : cy.collection();
  const target = part.length ? part : cy.nodes().filter((n) => !n.hasClass('filtered'));
  const pos: Record<string, { x: number; y: number }> = {};
  target.forEach((n) => { pos[n.id()] = n.position(); });
  // From positions, not cy.fit(): that measures every edge. Padding as the first draw (30) or a request (40).
  cy.viewport(fitViewport(pos, cy.width(), cy.height(), what === 'part' ? 40 : 30));
}

export function useFitRequests(cy: Core | null): void {
  const fitRequest = useAppState((s) => s.fitRequest);
  const store = useContext(StoreContext);
  // What the last fit showed, or null once the user has moved the view themselves.
  const last = useRef<FitTarget | null>('all');

  useEffect(() => {
    if (!cy || cy.destroyed() || !fitRequest) return;
    // The request may come with a layout change (a panel hidden): measure the container afresh.
    resizeIfChanged(cy);
    fitNow(cy, 'part');
    last.current = 'part';
  }, [cy, fitRequest]);

  useEffect(() => {
    const el = cy?.container();
    if (!cy || !el || typeof ResizeObserver === 'undefined') return;
    const moved = () => { last.current = null; };
    const dragged = (e: PointerEvent) => { if (e.buttons) moved(); };
    let size = { w: el.clientWidth, h: el.clientHeight };
    const observer = new ResizeObserver(() => {
      if (cy.destroyed() || (el.clientWidth === size.w && el.clientHeight === size.h)) return;
      size = { w: el.clientWidth, h: el.clientHeight };
      resizeIfChanged(cy);
      // Presentation mode sets its own view for each scene; elsewhere refit what the last fit showed.
      if (last.current && size.w > 0 && size.h > 0 && !store?.getState().presenting) fitNow(cy, last.current);
    });
    observer.observe(el);
    cy.on(USER_MOVE, moved);
    el.addEventListener('pointermove', dragged);
    return () => {
      observer.disconnect();
      if (!cy.destroyed()) cy.off(USER_MOVE, moved);
      el.removeEventListener('pointermove', dragged);
    };
  }, [cy, store]);
}
