import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { goalClusterLayout } from '../../../src/core/layout/goal-clusters.ts';
import { toElements } from '../../../src/ui/graph/elements.ts';
import { applyMarks, applyPath } from '../../../src/ui/graph/highlight.ts';
import { loadCatalogue, loadLinkDataset } from '../../helpers/bundled.ts';

const catalogue = loadCatalogue();
const graph = buildGraph(catalogue, loadLinkDataset('kz-illustrative-indicator-links.json'));
const makeCy = () => cytoscape({ headless: true, elements: toElements(graph, goalClusterLayout(graph), catalogue) });

describe('canvas classes for paths and marks', () => {
  it('marks exactly the nodes and links of the paths, and clears what leaves them', () => {
    const cy = makeCy();
    const [a, b] = graph.outNeighbors('16.6.1');
    const c = graph.outNeighbors(a).find((x) => x !== '16.6.1')!;
    applyPath(cy, [['16.6.1', a, c], ['16.6.1', b]]);
    expect(cy.nodes('.path').map((n) => n.id()).sort()).toEqual(['16.6.1', a, b, c].sort());
    expect(cy.edges('.path').map((e) => e.data('pair')).sort()).toEqual([`16.6.1→${a}`, `${a}→${c}`, `16.6.1→${b}`].sort());
    applyPath(cy, [['16.6.1', b]]);
    expect(cy.nodes('.path').map((n) => n.id()).sort()).toEqual(['16.6.1', b].sort());
    expect(cy.edges('.path').map((e) => e.data('pair'))).toEqual([`16.6.1→${b}`]);
    applyPath(cy, []);
    expect(cy.elements('.path').length).toBe(0);
  });

  it('moves mark classes with the marks', () => {
    const cy = makeCy();
    applyMarks(cy, { '16.6.1': { kind: 'priority' }, '2.3.1': { kind: 'discussed' } });
    expect(cy.nodes('.mark-priority').map((n) => n.id())).toEqual(['16.6.1']);
    expect(cy.nodes('.mark-discussed').map((n) => n.id())).toEqual(['2.3.1']);
    applyMarks(cy, { '16.6.1': { kind: 'discussed' } });
    expect(cy.nodes('.mark-priority').length).toBe(0);
    expect(cy.nodes('.mark-discussed').map((n) => n.id())).toEqual(['16.6.1']);
    applyMarks(cy, {});
    expect(cy.nodes('.mark-priority, .mark-discussed').length).toBe(0);
  });
});
