/**
 * The goal and class filters on the canvas: the `filtered` class (display: none) on exactly the nodes
 * outside `visible`, or on none when `visible` is null. Only nodes whose state changes are touched, so
 * painting the same set again (the filter's quick path, then the store's effect) costs one pass of
 * `hasClass` and no restyle.
 */
import type { Core } from 'cytoscape';
import { setClass } from './set-class.ts';

export function applyVisible(cy: Core, visible: ReadonlySet<string> | null): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => setClass(n, 'filtered', visible !== null && !visible.has(n.id())));
  });
}
