import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { applyHighlight } from './highlight.ts';
import { overlayOf } from './highlight-overlay.ts';
import type { Highlight } from '../../state/store.ts';

/**
 * The first click used to cost ~120 ms against ~20 ms for the next ones: Cytoscape's style code runs
 * cold the first time the highlight classes appear. Once the graph is drawn and the page is idle, the
 * same highlight goes through the same code (a headless overlay filled with its copies and styled) on
 * an off-screen headless copy of a part of the graph, so the user's first click runs warm code.
 * Nothing on screen changes.
 */
export function warmUpHighlight(elements: ElementDefinition[], style: StylesheetJson, highlight: Highlight | null, select: string[]): void {
  if (!highlight) return;
  const keep = new Set(Object.keys(highlight.distance));
  // Copies: Cytoscape keeps the data and position objects it is given, and these belong to the canvas.
  const part = elements
    .filter((e) => (e.group === 'nodes' ? keep.has(e.data.id!) : keep.has(e.data.source) && keep.has(e.data.target)))
    .map((e) => ({ group: e.group, data: { ...e.data }, ...(e.position ? { position: { ...e.position } } : {}) }));
  const cy: Core = cytoscape({ headless: true, styleEnabled: true, elements: part, style: structuredClone(style) });
  try {
    applyHighlight(cy, highlight, select);
    overlayOf(cy)?.elements().forEach((el) => { el.style('opacity'); });
    applyHighlight(cy, null, []);
  } finally {
    cy.destroy();
  }
}
