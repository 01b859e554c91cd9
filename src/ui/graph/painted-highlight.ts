/**
 * What the canvas shows as highlighted now, per Cytoscape instance, so that the same highlight
 * handed over again (the tap paints it, the store hands back the same object a frame later) costs
 * nothing, and the links of a highlight are found by their "source→target" key without a scan.
 * Adding or removing elements forgets both (the next highlight then starts over).
 */
import type { Collection, Core, EdgeSingular } from 'cytoscape';
import type { Highlight } from '../../state/store.ts';
import { canvasMemo, elementSetMemo } from './canvas-memo.ts';

export interface Painted {
  highlight: Highlight;
  select: string[];
  /** the graph's elements the highlight lights (the overlay draws their copies) */
  lit: Collection;
}

const painted = canvasMemo<Painted>();
const watched = new WeakSet<Core>();

function watch(cy: Core): void {
  if (watched.has(cy)) return;
  watched.add(cy);
  cy.on('add remove', () => { painted.set(cy, undefined); });
}

export function paintedOn(cy: Core): Painted | undefined {
  watch(cy);
  return painted.get(cy);
}

export function setPainted(cy: Core, p: Painted | null): void {
  watch(cy);
  painted.set(cy, p ?? undefined);
}

/** Links by "source→target" (the highlight's key); parallel links share a key. Built once per element set. */
export const edgesByPair = elementSetMemo((cy) => {
  const index = new Map<string, EdgeSingular[]>();
  for (const e of cy.edges()) {
    const key = e.data('pair') as string;
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
  }
  return index;
});

/** Same codes in the same order: the selection as painted. */
export function sameSelect(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
