/**
 * The first click used to pay for code no one had run yet: the Details panel's components, the neighbour
 * rows, the sparkline, the hover card and the number formatters of the language. Once the page is idle
 * (and the metrics are in, so the metrics table renders too) they render once, for the most influential
 * indicator, into a detached root that is never attached to the document and is unmounted right after.
 * Same idea as the canvas's warm-up (canvas/warm-up-when-idle.ts), for the panels.
 */
import { startTransition, useContext, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { StoreContext, useAppState } from '../../state/store-context.tsx';
import type { AppStore } from '../../state/store.ts';
import { mostInfluential } from '../../state/selectors.ts';
import { DetailsOf } from '../DetailsPanel.tsx';
import { NodeTooltip } from '../NodeTooltip.tsx';

let warmed = false;

/** Renders the panels once while idle; returns the cancel. Unmounts in the next idle period. */
function warmUp(store: AppStore): () => void {
  let root: ReturnType<typeof createRoot> | null = null;
  let id = requestIdleCallback(() => {
    const graph = store.getState().graph;
    const top = graph && mostInfluential(graph);
    if (top === null) return;
    warmed = true;
    // A warm-up that fails must not show anywhere: the real panel reports its own errors.
    root = createRoot(document.createElement('div'), { onUncaughtError: () => {}, onCaughtError: () => {} });
    const warm = root;
    // As a transition: rendered in slices that yield to input, never one long task after loading.
    startTransition(() => warm.render(
      <StoreContext.Provider value={store}>
        <DetailsOf select={[top]} />
        <NodeTooltip code={top} x={0} y={0} />
      </StoreContext.Provider>,
    ));
    id = requestIdleCallback(() => { root?.unmount(); root = null; }, { timeout: 3000 });
  }, { timeout: 3000 });
  return () => { cancelIdleCallback(id); root?.unmount(); };
}

/** Once per page: code warmed for one dataset is warm for the next. */
export function useWarmUpPanels(): void {
  const store = useContext(StoreContext);
  const ready = useAppState((s) => s.graph !== null && s.metricsByCode !== null);
  useEffect(() => {
    if (!store || !ready || warmed || typeof requestIdleCallback !== 'function') return;
    return warmUp(store);
  }, [store, ready]);
}
