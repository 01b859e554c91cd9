import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { highlightOf } from '../../state/store.ts';
import { DEFAULT_VIEW } from '../../state/view.ts';
import { mostInfluential } from '../../state/selectors.ts';
import { warmUpHighlight } from '../graph/warm-up.ts';

/** Once the page is idle, warm the highlight's style code (see graph/warm-up.ts) on the most influential node's neighbourhood. */
export function warmUpWhenIdle(cy: Core, graph: InterlinkageGraph, elements: ElementDefinition[], style: StylesheetJson): void {
  if (typeof requestIdleCallback !== 'function') return;
  requestIdleCallback(() => {
    // The most influential node's neighbourhood: the classes a first click will bring.
    const top = mostInfluential(graph);
    if (top !== null && !cy.destroyed()) warmUpHighlight(elements, style, highlightOf(graph, { ...DEFAULT_VIEW, select: [top] }), [top]);
  }, { timeout: 3000 });
}
