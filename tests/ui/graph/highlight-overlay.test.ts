import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { goalClusterLayout } from '../../../src/core/layout/goal-clusters.ts';
import { highlightOf } from '../../../src/state/store.ts';
import { DEFAULT_VIEW } from '../../../src/state/view.ts';
import { toElements } from '../../../src/ui/graph/elements.ts';
import { applyHighlight, applyPath } from '../../../src/ui/graph/highlight.ts';
import { highlightedNodes, overlayOf, overlayShown } from '../../../src/ui/graph/highlight-overlay.ts';
import { loadCatalogue, loadLinkDataset } from '../../helpers/bundled.ts';

const catalogue = loadCatalogue();
const graph = buildGraph(catalogue, loadLinkDataset('kz-illustrative-indicator-links.json'));
const elements = toElements(graph, goalClusterLayout(graph), catalogue);
const makeCy = () => cytoscape({ headless: true, elements: structuredClone(elements) });

/** The overlay's copies with their highlight classes, as a sorted list. */
function copies(cy: Core) {
  return overlayOf(cy)!.elements().map((el) => `${el.id()}:${['hl', 'selected'].filter((c) => el.hasClass(c)).join(',')}`).sort();
}

describe('the highlight overlay from click to click', () => {
  it('ends every click holding what painting that highlight on a fresh canvas holds, and never restyles the graph', () => {
    const cy = makeCy();
    const clicks: [string[], number][] = [[['16.6.1'], 1], [['2.3.1'], 1], [['2.3.1', '16.6.1'], 2], [['1.1.1'], 2], [['8.5.2'], 1]];
    for (const [select, depth] of clicks) {
      const view = { ...DEFAULT_VIEW, select, depth };
      const h = highlightOf(graph, view)!;
      applyHighlight(cy, h, select);
      const fresh = makeCy();
      applyHighlight(fresh, h, select);
      expect(copies(cy)).toEqual(copies(fresh));
      const overlay = overlayOf(cy)!;
      // The highlight's own counts: its nodes, its links, the chosen nodes as `selected`.
      expect(overlay.nodes().length).toBe(Object.keys(h.distance).length);
      expect(overlay.edges('.hl').length).toBe(h.links.length);
      expect(overlay.nodes('.selected').map((n) => n.id()).sort()).toEqual([...select].sort());
      expect(highlightedNodes(cy).map((n) => n.id()).sort()).toEqual(Object.keys(h.distance).sort());
      // The graph's own elements carry no highlight class: they are dimmed as a whole instead.
      expect(cy.elements('.hl, .selected, .faded').length).toBe(0);
      expect(overlayShown(cy)).toBe(true);
    }
    applyHighlight(cy, null, []);
    expect(overlayOf(cy)!.elements().length).toBe(0);
    expect(overlayShown(cy)).toBe(false);
  });

  it('mirrors the classes, data and positions of its copies and drops those the graph loses', () => {
    const cy = makeCy();
    applyHighlight(cy, highlightOf(graph, { ...DEFAULT_VIEW, select: ['16.6.1'] }), ['16.6.1']);
    const copy = () => overlayOf(cy)!.getElementById('16.6.1');
    cy.getElementById('16.6.1').addClass('mark-priority');
    expect(copy().hasClass('mark-priority')).toBe(true);
    expect(copy().hasClass('selected')).toBe(true);
    cy.getElementById('16.6.1').data('size', 0.123);
    expect(copy().data('size')).toBe(0.123);
    cy.getElementById('16.6.1').position({ x: 12, y: 34 });
    expect(copy().position()).toEqual({ x: 12, y: 34 });
    const neighbour = overlayOf(cy)!.nodes('.hl')[0].id();
    cy.getElementById(neighbour).remove();
    expect(overlayOf(cy)!.getElementById(neighbour).empty()).toBe(true);
  });

  it('keeps a path bright under a highlight: its elements join the overlay without the highlight classes', () => {
    const cy = makeCy();
    applyHighlight(cy, highlightOf(graph, { ...DEFAULT_VIEW, select: ['16.6.1'] }), ['16.6.1']);
    const far = cy.nodes().filter((n) => overlayOf(cy)!.getElementById(n.id()).empty()).slice(0, 2).map((n) => n.id());
    applyPath(cy, [far]);
    for (const id of far) {
      expect(overlayOf(cy)!.getElementById(id).hasClass('path')).toBe(true);
      expect(overlayOf(cy)!.getElementById(id).hasClass('hl')).toBe(false);
    }
    applyPath(cy, []);
    for (const id of far) expect(overlayOf(cy)!.getElementById(id).empty()).toBe(true);
  });

  it('hides the dimmed graph\'s links a task after a highlight starts and shows them again after it ends', async () => {
    const cy = makeCy();
    const task = () => new Promise((ok) => setTimeout(ok, 5));
    applyHighlight(cy, highlightOf(graph, { ...DEFAULT_VIEW, select: ['16.6.1'] }), ['16.6.1']);
    // Not in the click's own task: the frame that shows the overlay restyles nothing of the graph.
    expect(cy.edges('.under-hl').length).toBe(0);
    await task();
    expect(cy.edges('.under-hl').length).toBe(cy.edges().length);
    // The copies in the overlay stay drawn.
    expect(overlayOf(cy)!.edges('.under-hl').length).toBe(0);
    applyHighlight(cy, highlightOf(graph, { ...DEFAULT_VIEW, select: ['2.3.1'] }), ['2.3.1']);
    await task();
    expect(cy.edges('.under-hl').length).toBe(cy.edges().length);
    applyHighlight(cy, null, []);
    await task();
    expect(cy.edges('.under-hl').length).toBe(0);
  });

  it('starts over when the elements change under a highlight', () => {
    const cy = makeCy();
    applyHighlight(cy, highlightOf(graph, { ...DEFAULT_VIEW, select: ['16.6.1'] }), ['16.6.1']);
    cy.add({ group: 'nodes', data: { id: 'zz.new' } });
    applyHighlight(cy, highlightOf(graph, { ...DEFAULT_VIEW, select: ['2.3.1'] }), ['2.3.1']);
    expect(overlayOf(cy)!.getElementById('zz.new').empty()).toBe(true);
    expect(overlayOf(cy)!.nodes('.selected').map((n) => n.id())).toEqual(['2.3.1']);
  });
});
