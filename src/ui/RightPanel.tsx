import { Suspense, useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useT } from './i18n.ts';
import { VIEWS } from './views/index.ts';
import { useEvidenceTab } from './panels/evidence/useEvidenceTab.ts';
import { usePathsTab } from './usePathsTab.ts';
import { useWarmUpPanels } from './panels/warm-up-panels.tsx';
import './right-panel.css';

/** The tabs of the right panel, one per registered view (views/index.ts); only the open one is rendered. */
export function RightPanel() {
  const [tab, setTab] = useState(VIEWS[0].id);
  const t = useT();
  useEvidenceTab(setTab);
  usePathsTab(setTab);
  useWarmUpPanels();
  const view = VIEWS.find((v) => v.id === tab) ?? VIEWS[0];
  return (
    <div className="right-panel">
      <div className="tabs" role="tablist">
        {VIEWS.map(({ id, labelKey }) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-controls="tab-body" aria-selected={tab === id} data-testid={`tab-${id}`} onClick={() => setTab(id)}>{t(labelKey)}</button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel" id="tab-body" aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {/* Keyed by the view: a failed tab shows its message, and another tab opens normally. */}
        <ErrorBoundary key={view.id}>
          <Suspense fallback={<p className="muted">{t('tabs.loading')}</p>}>
            <view.Component />
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}
