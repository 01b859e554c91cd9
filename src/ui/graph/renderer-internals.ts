import type { Core } from 'cytoscape';

/**
 * Cytoscape's renderer, typed as the caller's own view of it. `cy.renderer()` is internal and missing
 * from Cytoscape's typings; each module that patches or reads the canvas renderer declares the few
 * members it uses (Cytoscape 3.34, src/extensions/renderer/canvas). Undefined when headless.
 */
export function rendererOf<T>(cy: Core): T | undefined {
  return (cy as unknown as { renderer(): T | undefined }).renderer();
}

/** A box as Cytoscape's renderer keeps it, in model coordinates. */
export interface Box { x1: number; y1: number; x2: number; y2: number }

/** True when two boxes overlap or touch: Cytoscape's test of an element's box against the drawn extent. */
export const boxesMeet = (a: Box, b: Box): boolean => !(a.x1 > b.x2 || b.x1 > a.x2 || a.y2 < b.y1 || b.y2 < a.y1);
