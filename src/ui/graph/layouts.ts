/**
 * Runs any layout descriptor (core/layout/registry.ts) on the canvas: "preset" puts the precomputed
 * positions back; a Cytoscape layout runs once when chosen, so positions then stay put while filters
 * and highlights change. The viewport is fitted from positions (see viewport.ts) because cy.fit
 * measures every edge.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import type { Positions } from '../../core/layout/goal-clusters.ts';
import type { LayoutDescriptor, LayoutName } from '../../core/layout/registry.ts';
import { LAYOUT_DESCRIPTORS } from '../../state/registries.ts';
import { fitViewport } from './viewport.ts';
import { hasPaintedLinks, paintedLinkEnds } from './painted-links.ts';
import { cachedLayout, runForceLayout } from '../../state/layout-client.ts';

/** Cytoscape extensions a descriptor may name, each loaded only when its layout is first chosen. */
const PLUGINS: Record<'fcose', () => Promise<void>> = {
  fcose: async () => (await import('./fcose.ts')).registerFcose(),
};

function applyPositions(cy: Core, positions: Positions) {
  cy.batch(() => cy.nodes().forEach((n) => { const p = positions[n.id()]; if (p) n.position({ x: p.x, y: p.y }); }));
}

async function forceInWorker(cy: Core, preset: Positions, datasetId: string): Promise<void> {
  const ends = paintedLinkEnds(cy) ?? cy.edges().map((e) => [e.source().id(), e.target().id()] as [string, string]);
  const cached = cachedLayout(datasetId, cy.nodes().length, ends.length);
  if (cached) {
    applyPositions(cy, cached);
    fitToNodes(cy);
    return;
  }
  let first = true;
  await runForceLayout(
    datasetId,
    { nodes: cy.nodes().map((n) => n.id()), edges: ends, start: preset },
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
  const d: LayoutDescriptor | undefined = LAYOUT_DESCRIPTORS.find((l) => l.id === name);
  if (!d) return;
  if (d.engine === 'preset') {
    // Only nodes that moved: the instance is created at these positions, and setting a position
    // invalidates the node's and its links' bounds — a full bounds pass after the first frame.
    let moved = false;
    cy.batch(() => cy.nodes().forEach((n) => {
      const p = preset[n.id()];
      const at = n.position();
      if (p && (p.x !== at.x || p.y !== at.y)) { n.position({ ...p }); moved = true; }
    }));
    if (moved) fitToNodes(cy);
    return;
  }
  // Painted links are not Cytoscape elements: a Cytoscape force layout would not see them.
  if (d.worker && (cy.nodes().length >= d.worker.minNodes || hasPaintedLinks(cy))) {
    await forceInWorker(cy, preset, datasetId);
    return;
  }
  if (d.plugin) {
    await PLUGINS[d.plugin]();
    // Another layout (or graph) may have been chosen while the plugin loaded.
    if (seq !== layoutSeq || cy.destroyed()) return;
  }
  cy.layout({ ...d.options, fit: false, animate: false } as unknown as LayoutOptions).run();
  fitToNodes(cy);
}
