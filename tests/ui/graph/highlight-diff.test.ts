import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { buildGraph } from '../../../src/core/graph/build.ts';
import { goalClusterLayout } from '../../../src/core/layout/goal-clusters.ts';
import { highlightOf } from '../../../src/state/store.ts';
import { DEFAULT_VIEW } from '../../../src/state/view.ts';
import { toElements } from '../../../src/ui/graph/elements.ts';
import { applyHighlight } from '../../../src/ui/graph/highlight.ts';
import { loadCatalogue, loadLinkDataset } from '../../helpers/bundled.ts';

const catalogue = loadCatalogue();
const graph = buildGraph(catalogue, loadLinkDataset('kz-illustrative-indicator-links.json'));
const elements = toElements(graph, goalClusterLayout(graph), catalogue);
const makeCy = () => cytoscape({ headless: true, elements: structuredClone(elements) });

/** Every element's highlight classes, as the full pass would set them. */
function classes(cy: Core) {
  return cy.elements().map((el) => `${el.id()}:${['hl', 'selected', 'faded'].filter((c) => el.hasClass(c)).join(',')}`).sort();
}

describe('highlight classes from click to click', () => {
  it('ends every click in the same classes as painting that highlight on a fresh canvas', () => {
    const cy = makeCy();
    const clicks: [string[], number][] = [[['16.6.1'], 1], [['2.3.1'], 1], [['2.3.1', '16.6.1'], 2], [['1.1.1'], 2], [['8.5.2'], 1]];
    for (const [select, depth] of clicks) {
      const view = { ...DEFAULT_VIEW, select, depth };
      const h = highlightOf(graph, view);
      applyHighlight(cy, h, select);
      const fresh = makeCy();
      applyHighlight(fresh, h, select);
      expect(classes(cy)).toEqual(classes(fresh));
      // The highlight's own counts: its nodes lit, its links lit, all else faded.
      expect(cy.nodes('.hl, .selected').length).toBe(Object.keys(h!.distance).length);
      expect(cy.edges('.hl').length).toBe(h!.links.length);
      expect(cy.elements('.faded').length).toBe(cy.elements().length - Object.keys(h!.distance).length - h!.links.length);
    }
    applyHighlight(cy, null, []);
    expect(cy.elements('.hl, .selected, .faded').length).toBe(0);
  });

  it('starts over when the elements change under a highlight', () => {
    const cy = makeCy();
    const select = ['16.6.1'];
    applyHighlight(cy, highlightOf(graph, { ...DEFAULT_VIEW, select }), select);
    cy.add({ group: 'nodes', data: { id: 'zz.new' } });
    applyHighlight(cy, highlightOf(graph, { ...DEFAULT_VIEW, select: ['2.3.1'] }), ['2.3.1']);
    expect(cy.getElementById('zz.new').hasClass('faded')).toBe(true);
  });
});
