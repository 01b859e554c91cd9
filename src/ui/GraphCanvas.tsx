import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape from 'cytoscape';
import { useAppState } from '../state/store-context.tsx';
import { toElements } from './graph/elements.ts';
import { buildStylesheet } from './graph/stylesheet.ts';
import { fitViewport } from './graph/viewport.ts';

declare global {
  interface Window {
    /** test and benchmark hook: time of the first frame that showed the current graph */
    __sdgFirstDraw?: number;
    __sdgCy?: cytoscape.Core;
  }
}

let canvasSupport: boolean | undefined;
/** jsdom (component tests) has no 2D canvas: Cytoscape then runs headless with the same elements. */
function canDraw(): boolean {
  if (canvasSupport === undefined) {
    try {
      canvasSupport = typeof HTMLCanvasElement !== 'undefined' && !/jsdom/i.test(navigator.userAgent) && !!document.createElement('canvas').getContext('2d');
    } catch {
      canvasSupport = false;
    }
  }
  return canvasSupport;
}

export function GraphCanvas() {
  const graph = useAppState((s) => s.graph);
  const positions = useAppState((s) => s.positions);
  const catalogue = useAppState((s) => s.catalogue);
  const container = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);

  const elements = useMemo(
    () => (graph && positions && catalogue ? toElements(graph, positions, catalogue) : null),
    [graph, positions, catalogue],
  );

  useEffect(() => {
    if (!container.current || !elements || !graph) return;
    setDrawn(false);
    let maxOut = 0;
    graph.forEachNode((n) => (maxOut = Math.max(maxOut, graph.outDegree(n))));
    performance.mark('sdg:cy-start');
    const headless = !canDraw();
    const cy = cytoscape({
      container: headless ? undefined : container.current,
      headless,
      elements,
      layout: { name: 'preset', fit: false },
      ...fitViewport(positions!, container.current.clientWidth, container.current.clientHeight),
      style: buildStylesheet({ maxOut, goalLevel: graph.getAttribute('level') === 'goal', edgeCount: graph.size }),
      minZoom: 0.05,
      maxZoom: 6,
    });
    performance.mark('sdg:cy-created');
    window.__sdgCy = cy;
    if (headless) setDrawn(true);
    cy.one('render', () => {
      performance.mark('sdg:cy-render');
      // The render event fires before paint; the next frame is when the user sees it.
      requestAnimationFrame(() => {
        window.__sdgFirstDraw ??= performance.now();
        setDrawn(true);
      });
    });
    return () => cy.destroy();
  }, [elements, graph, positions]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph"
      data-ready={drawn ? 'true' : 'false'}
      role="img"
      aria-label="Directed network of SDG interlinkages"
    />
  );
}
