/**
 * A click on a node without a full redraw of the graph. Cytoscape marks a pressed node `:active` on
 * mousedown and clears it on mouseup, and selects it on tap: each is a style update, and any style
 * update redraws the whole canvas. The app's stylesheet draws nothing for either (the selection is
 * the store's, drawn by the highlight overlay), so on the canvases registered here they are skipped.
 * Measured on the default data, from tap to the frame showing the highlight (18 clicks, interleaved,
 * a loaded machine): median 181 ms with them, 71 ms without.
 */
import type { Collection, Core } from 'cytoscape';

/** Cytoscape's typings give cy() to singular elements only; every collection has it. */
type Owned = Collection & { cy(): Core };

const quiet = new WeakSet<Core>();
let patched = false;

export function quietPress(cy: Core): void {
  quiet.add(cy);
  cy.autounselectify(true);
  if (patched) return;
  patched = true;
  // Cytoscape's collection prototype is shared by every instance: the skip applies only to registered ones.
  const proto = Object.getPrototypeOf(cy.collection()) as Record<'activate' | 'unactivate', (this: Owned) => Owned>;
  for (const name of ['activate', 'unactivate'] as const) {
    const original = proto[name];
    proto[name] = function (this: Owned) {
      return quiet.has(this.cy()) ? this : original.call(this);
    };
  }
}
