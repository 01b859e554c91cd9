/**
 * The keep-positions layout (ui/graph/keep-layout.ts) that a new canvas runs instead of `preset`: the
 * nodes stay where their definitions put them, the instance starts (ready, layout events) as with
 * Cytoscape's layouts, and no node is set again. Run on the bundled network's real elements.
 */
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { goalClusterLayout } from '../../../src/core/layout/goal-clusters.ts';
import { toElements } from '../../../src/ui/graph/elements.ts';
import { baseStylesheet } from '../../../src/ui/canvas/base-style.ts';
import { KEEP_LAYOUT, registerKeepLayout } from '../../../src/ui/graph/keep-layout.ts';
import { loadCatalogue, loadLinkDataset } from '../../helpers/bundled.ts';

const catalogue = loadCatalogue();
const graph = buildGraph(catalogue, loadLinkDataset('kz-illustrative-indicator-links.json'));
const positions = goalClusterLayout(graph);
const elements = toElements(graph, positions, catalogue);

/** A headless instance made with the keep-positions layout, once ready. */
function make(): Promise<Core> {
  registerKeepLayout();
  const cy: Core = cytoscape({ headless: true, styleEnabled: true, elements, style: baseStylesheet(graph), layout: { name: KEEP_LAYOUT } });
  // Ready only once the layout said it was (layoutready): a layout that does not would time out here.
  return new Promise((resolve) => cy.ready(() => resolve(cy)));
}

describe('keep-positions layout', () => {
  it('starts the instance with every node where its definition put it', async () => {
    const cy = await make();
    expect(cy.nodes().length).toBe(graph.order);
    let compared = 0;
    cy.nodes().forEach((n) => {
      const want = positions[n.id()];
      if (!want) return;
      expect(n.position()).toEqual(want);
      compared++;
    });
    expect(compared).toBe(graph.order);
  });

  it('ends as a layout does (start, ready and stop events), without setting a node again', async () => {
    const cy = await make();
    const seen: string[] = [];
    cy.on('layoutstart layoutready layoutstop position', (e) => seen.push(e.type));
    const moved = cy.nodes()[0];
    moved.position({ x: 12345, y: -6789 });
    seen.length = 0;
    const done = new Promise<void>((ok) => cy.layout({ name: KEEP_LAYOUT, stop: () => ok() } as never).run());
    await done;
    expect(seen).toEqual(['layoutstart', 'layoutready', 'layoutstop']);
    expect(moved.position()).toEqual({ x: 12345, y: -6789 });
  });

  it('Cytoscape’s preset layout, by contrast, sets every node again', async () => {
    // Why the app does not use it: the same run sends one position event per node.
    const cy = await make();
    let positionEvents = 0;
    cy.on('position', () => positionEvents++);
    cy.layout({ name: 'preset', fit: false }).run();
    expect(positionEvents).toBe(graph.order);
  });
});
