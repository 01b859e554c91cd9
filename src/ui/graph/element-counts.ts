/**
 * How many links a canvas holds, counted once per element set. Cytoscape has no count per group:
 * `cy.edges()` filters every element into a new collection, 10–15 ms on 10k nodes / 100k links, and a
 * click asked for it three times (the camera's follow, the overlay's choice to keep the dimmed graph
 * drawn, the label plan) — ~90 ms of a hub click there in a profile. Adding or removing elements
 * counts again.
 */
import { elementSetMemo } from './canvas-memo.ts';
import { paintedLinkCount } from './painted-links.ts';

/** Painted links count too (painted-links.ts: there `cy.edges()` holds only the few made real). */
export const edgeCount = elementSetMemo((cy) => paintedLinkCount(cy) ?? cy.edges().length);
