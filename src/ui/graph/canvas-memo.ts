import type { Core } from 'cytoscape';

/**
 * Per-instance memory for the canvas controllers, in place of `cy.scratch(key, value)`: Cytoscape
 * treats a write to the core's scratch like a data change and restyles every element. On the default
 * data that was a full style and bounds pass over all 1,812 elements (≈ 135 ms on a loaded machine)
 * each time the label placer stored its path links — after the first frame, every click and every pan.
 */
export function canvasMemo<T>(): { get(cy: Core): T | undefined; set(cy: Core, value: T | undefined): void } {
  const values = new WeakMap<Core, T>();
  return {
    get: (cy) => values.get(cy),
    set: (cy, value) => { if (value === undefined) values.delete(cy); else values.set(cy, value); },
  };
}
