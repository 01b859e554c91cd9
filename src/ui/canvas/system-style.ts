/**
 * How the System panel draws on the graph: one loop with its arrows, nodes coloured by the sign and
 * size of a propagated effect, and a diff's added and removed links. Appended to whatever stylesheet
 * is on the canvas (presentation mode replaces it), so the rules are re-added when missing.
 */
import type { Core, StylesheetJson } from 'cytoscape';
import { syncOverlayStyle } from '../graph/highlight-overlay.ts';

/** Effect buckets by |total| / max |total|: a third, two thirds, the rest. */
export const EFFECT_LEVELS = 3;
const POS = ['#a9d8b8', '#4cae6e', '#1b7a3d'];
const NEG = ['#f3b3ad', '#e0604f', '#b3261e'];

const RULES: StylesheetJson = [
  { selector: 'node.sys-loop', style: { 'border-width': 5, 'border-color': '#7b2cbf', 'z-index': 40, opacity: 1, 'text-opacity': 1 } },
  { selector: 'edge.sys-loop', style: { width: 5, 'line-color': '#7b2cbf', 'target-arrow-color': '#7b2cbf', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.6, 'z-index': 40, opacity: 1 } },
  ...POS.map((c, i) => ({ selector: `node.sys-pos-${i + 1}`, style: { 'background-color': c, 'border-width': 3, 'border-color': '#1b7a3d', opacity: 1 } })),
  ...NEG.map((c, i) => ({ selector: `node.sys-neg-${i + 1}`, style: { 'background-color': c, 'border-width': 3, 'border-color': '#b3261e', opacity: 1 } })),
  { selector: 'node.sys-source', style: { 'border-width': 6, 'border-color': '#00689d', 'z-index': 40 } },
  { selector: 'edge.sys-added', style: { width: 4, 'line-color': '#1b7a3d', 'target-arrow-color': '#1b7a3d', 'target-arrow-shape': 'triangle', opacity: 1, 'z-index': 35 } },
  { selector: 'edge.sys-removed', style: { width: 4, 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', 'target-arrow-shape': 'triangle', 'line-style': 'dashed', opacity: 1, 'z-index': 35 } },
];

export function ensureSystemStyle(cy: Core): void {
  // a headless canvas (jsdom, the bench) has no stylesheet to extend
  if (!cy.style()) return;
  // cytoscape's typings omit Style.json(), which returns the rules as given
  const json = (cy.style() as unknown as { json(): StylesheetJson }).json();
  if (json.some((r) => 'selector' in r && r.selector === 'node.sys-loop')) return;
  cy.style([...json, ...RULES]);
  syncOverlayStyle(cy);
}
