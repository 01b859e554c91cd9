/**
 * The filter checkboxes change the canvas first and the store a frame later, as a node click does
 * (canvas/useNodeEvents.ts): the store's update re-renders the counts and notices, writes the URL and
 * re-plans the labels, and all of that used to run inside the click's task, before the frame that hides
 * the nodes. Now the click hides them (graph/apply-visible.ts) and ticks its box, and the rest follows
 * in a task of its own; the store's own effect then finds the canvas already painted.
 */
import { useCallback, useContext, useRef, useState } from 'react';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import { visibleOf } from '../../state/slices/filters.ts';
import type { Filters } from '../../state/types.ts';
import { useCy } from '../canvas/cy-context.tsx';
import { applyVisible } from '../graph/apply-visible.ts';

/** The filters to show (the ones just asked for, until the store has them) and the way to change them. */
export function useQuickFilters(): [Filters, (update: (current: Filters) => Filters) => void] {
  const store = useContext(StoreContext);
  const cy = useCy();
  const stored = useAppState((s) => s.filters);
  const setFilters = useAppState((s) => s.setFilters);
  const [pending, setPending] = useState<Filters | null>(null);
  // Two clicks within one frame: the second builds on the first, not on the store's older filters.
  const latest = useRef<Filters | null>(null);
  const change = useCallback((update: (current: Filters) => Filters) => {
    const s = store?.getState();
    if (!s) return;
    const next = update(latest.current ?? s.filters);
    if (!s.graph || !cy || cy.destroyed() || typeof requestAnimationFrame !== 'function') {
      setFilters(next);
      return;
    }
    latest.current = next;
    setPending(next);
    applyVisible(cy, visibleOf(s.graph, next));
    requestAnimationFrame(() => setTimeout(() => {
      if (latest.current === next) latest.current = null;
      setFilters(next);
      setPending((p) => (p === next ? null : p));
    }, 0));
  }, [store, cy, setFilters]);
  return [pending ?? stored, change];
}
