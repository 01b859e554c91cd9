/**
 * The four layouts. "Grouped by goal" is the precomputed preset; the others are Cytoscape layouts run
 * once when chosen, so positions then stay put while filters and highlights change. The viewport is
 * fitted from positions (see viewport.ts) because cy.fit measures every edge.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import type { Positions } from '../../core/layout/goal-clusters.ts';
import type { LayoutName } from '../../state/view.ts';
import { fitViewport } from './viewport.ts';
import { cachedLayout, runForceLayout } from '../../state/layout-client.ts';

/** Above this many nodes fcose (main thread) freezes the tab; ForceAtlas2 runs in a worker instead. */
export const WORKER_LAYOUT_MIN_NODES = 1_500;

function applyPositions(cy: Core, positions: Positions) {
  cy.batch(() => cy.nodes().forEach((n) => { const p = positions[n.id()]; if (p) n.position({ x: p.x, y: p.y }); }));
}

async function forceInWorker(cy: Core, preset: Positions, datasetId: string): Promise<void> {
  const cached = cachedLayout(datasetId, cy.nodes().length, cy.edges().length);
  if (cached) {
    applyPositions(cy, cached);
    fitToNodes(cy);
    return;
  }
  let first = true;
  await runForceLayout(
    datasetId,
    { nodes: cy.nodes().map((n) => n.id()), edges: cy.edges().map((e) => [e.source().id(), e.target().id()] as [string, string]), start: preset },
    (positions) => {
      if (cy.destroyed()) return;
      applyPositions(cy, positions);
      if (first) { fitToNodes(cy); first = false; }
    },
  );
  if (!cy.destroyed()) fitToNodes(cy);
}

function fitToNodes(cy: Core): void {
  const pos: Positions = {};
  cy.nodes().forEach((n) => { pos[n.id()] = n.position(); });
  if (cy.width() > 0) cy.viewport(fitViewport(pos, cy.width(), cy.height()));
}

let layoutSeq = 0;

export async function runLayout(cy: Core, name: LayoutName, preset: Positions, datasetId = 'unknown'): Promise<void> {
  if (cy.destroyed()) return;
  const seq = ++layoutSeq;
  let options: LayoutOptions;
  if (name === 'goals') {
    cy.batch(() => cy.nodes().forEach((n) => { const p = preset[n.id()]; if (p) n.position({ ...p }); }));
    fitToNodes(cy);
    return;
  }
  if (name === 'grid') {
    options = { name: 'grid', fit: false, animate: false, avoidOverlap: true, sort: (a, b) => a.id().localeCompare(b.id(), 'en', { numeric: true }) } as LayoutOptions;
  } else if (name === 'concentric') {
    // Rings by the size metric: the most influential in the middle.
    options = { name: 'concentric', fit: false, animate: false, minNodeSpacing: 4, concentric: (n: { data(k: string): number }) => n.data('size'), levelWidth: () => 0.08 } as unknown as LayoutOptions;
  } else if (cy.nodes().length >= WORKER_LAYOUT_MIN_NODES) {
    await forceInWorker(cy, preset, datasetId);
    return;
  } else {
    const { registerFcose } = await import('./fcose.ts');
    if (seq !== layoutSeq || cy.destroyed()) return;
    registerFcose();
    options = { name: 'fcose', fit: false, animate: false, randomize: true, quality: 'default', nodeRepulsion: 6000, idealEdgeLength: 60 } as unknown as LayoutOptions;
  }
  cy.layout(options).run();
  fitToNodes(cy);
}
