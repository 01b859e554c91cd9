/** The filters on the canvas (moved here from tests/ui/graph/highlight.test.ts with applyVisible). */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildGraph } from '../../src/core/graph/build.ts';
import { goalClusterLayout } from '../../src/core/layout/goal-clusters.ts';
import { toElements } from '../../src/ui/graph/elements.ts';
import { applyVisible } from '../../src/ui/graph/apply-visible.ts';
import { loadCatalogue, loadLinkDataset } from '../helpers/bundled.ts';

const catalogue = loadCatalogue();
const graph = buildGraph(catalogue, loadLinkDataset('kz-illustrative-indicator-links.json'));
const makeCy = () => cytoscape({ headless: true, elements: toElements(graph, goalClusterLayout(graph), catalogue) });

describe('applyVisible', () => {
  it('hides the nodes outside the filter and shows them again', () => {
    const cy = makeCy();
    const goal1 = new Set(graph.filterNodes((_, attr) => attr.goal === '1'));
    applyVisible(cy, goal1);
    expect(cy.nodes().not('.filtered').map((n) => n.id()).sort()).toEqual([...goal1].sort());
    applyVisible(cy, null);
    expect(cy.nodes('.filtered').length).toBe(0);
  });

  it('painting the same set again changes no element (the quick path, then the store)', () => {
    const cy = makeCy();
    const goal1 = new Set(graph.filterNodes((_, attr) => attr.goal === '1'));
    applyVisible(cy, goal1);
    let restyled = 0;
    cy.on('class', () => { restyled++; });
    applyVisible(cy, new Set(goal1));
    expect(restyled).toBe(0);
    applyVisible(cy, null);
    expect(restyled).toBeGreaterThan(0);
  });
});
