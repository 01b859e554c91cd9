import { useStore } from 'zustand';
import { layoutProgressStore, stopLayout } from '../../state/layout-client.ts';
import { useT } from '../i18n.ts';

/** Progress of a force layout running in the worker, with Stop (positions reached so far stay). */
export function LayoutProgressBar() {
  const t = useT();
  const running = useStore(layoutProgressStore, (p) => p.running);
  const done = useStore(layoutProgressStore, (p) => p.done);
  const total = useStore(layoutProgressStore, (p) => p.total);
  if (!running) return null;
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress">
      <span>{t('layout.progress', { percent: total ? Math.round((100 * done) / total) : 0 })}</span>
      <progress max={total} value={done} />
      <button type="button" onClick={stopLayout}>{t('layout.stop')}</button>
    </div>
  );
}
