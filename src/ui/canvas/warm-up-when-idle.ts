import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { highlightOf } from '../../state/store.ts';
import { DEFAULT_VIEW } from '../../state/view.ts';
import { mostInfluential } from '../../state/selectors.ts';
import { warmUpHighlight } from '../graph/warm-up.ts';
import { rehearseHighlight } from '../graph/highlight.ts';

/**
 * Once the page is idle, warm the highlight's style code (see graph/warm-up.ts) on the most influential
 * node's neighbourhood, then, at the next idle time, rehearse its drawing on the hidden overlay.
 */
export function warmUpWhenIdle(cy: Core, graph: InterlinkageGraph, elements: ElementDefinition[], style: StylesheetJson): void {
  if (typeof requestIdleCallback !== 'function') return;
  requestIdleCallback(() => {
    // The most influential node's neighbourhood: the classes a first click will bring.
    const top = mostInfluential(graph);
    if (top === null || cy.destroyed()) return;
    const highlight = highlightOf(graph, { ...DEFAULT_VIEW, select: [top] });
    if (!highlight) return;
    warmUpHighlight(elements, style, highlight, [top]);
    // A separate idle task: the two together would be one long task a click could wait behind.
    requestIdleCallback(() => { if (!cy.destroyed()) rehearseHighlight(cy, highlight, [top]); }, { timeout: 3000 });
  }, { timeout: 3000 });
}
