import { useSyncExternalStore } from 'react';
import { layoutProgress, stopLayout } from '../../state/layout-client.ts';

/** Progress of a force layout running in the worker, with Stop (positions reached so far stay). */
export function LayoutProgressBar() {
  const p = useSyncExternalStore(layoutProgress.subscribe, layoutProgress.get);
  if (!p.running) return null;
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress">
      <span>Laying out… {p.total ? Math.round((100 * p.done) / p.total) : 0}%</span>
      <progress max={p.total} value={p.done} />
      <button type="button" onClick={stopLayout}>Stop</button>
    </div>
  );
}
