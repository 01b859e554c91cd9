import type { Core } from 'cytoscape';

/**
 * Cytoscape's renderer, typed as the caller's own view of it. `cy.renderer()` is internal and missing
 * from Cytoscape's typings; each module that patches or reads the canvas renderer declares the few
 * members it uses (Cytoscape 3.34, src/extensions/renderer/canvas). Undefined when headless.
 */
export function rendererOf<T>(cy: Core): T | undefined {
  return (cy as unknown as { renderer(): T | undefined }).renderer();
}
