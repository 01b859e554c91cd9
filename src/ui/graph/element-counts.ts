/**
 * How many links a canvas holds, counted once per element set. Cytoscape has no count per group:
 * `cy.edges()` filters every element into a new collection, 10–15 ms on 10k nodes / 100k links, and a
 * click asked for it three times (the camera's follow, the overlay's choice to keep the dimmed graph
 * drawn, the label plan) — ~90 ms of a hub click there in a profile. Adding or removing elements
 * counts again.
 */
import type { Core } from 'cytoscape';
import { canvasMemo } from './canvas-memo.ts';

const counts = canvasMemo<number>();
const watched = new WeakSet<Core>();

export function edgeCount(cy: Core): number {
  if (!watched.has(cy)) {
    watched.add(cy);
    cy.on('add remove', 'edge', () => counts.set(cy, undefined));
  }
  let n = counts.get(cy);
  if (n === undefined) {
    n = cy.edges().length;
    counts.set(cy, n);
  }
  return n;
}
