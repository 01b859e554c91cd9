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

/**
 * A value computed from a canvas's elements once, and again only after elements are added or removed
 * (the link count, the links by pair): Cytoscape has no index of its own for either.
 */
export function elementSetMemo<T>(compute: (cy: Core) => T): (cy: Core) => T {
  const values = canvasMemo<T>();
  const watched = new WeakSet<Core>();
  return (cy) => {
    if (!watched.has(cy)) {
      watched.add(cy);
      cy.on('add remove', () => values.set(cy, undefined));
    }
    let value = values.get(cy);
    if (value === undefined) {
      value = compute(cy);
      values.set(cy, value);
    }
    return value;
  };
}
