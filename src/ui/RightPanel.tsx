import { lazy, Suspense, useState } from 'react';
import { DetailsPanel } from './DetailsPanel.tsx';
import { useT } from './i18n.ts';

// Not needed for the first frame: each tab's code loads when the tab is first opened.
const RankingsPanel = lazy(() => import('./panels/RankingsPanel.tsx'));
const PathPanel = lazy(() => import('./panels/PathPanel.tsx'));
const PortfolioPanel = lazy(() => import('./panels/PortfolioPanel.tsx'));
const ScenesPanel = lazy(() => import('./present/ScenesPanel.tsx'));

type Tab = 'details' | 'rankings' | 'paths' | 'portfolio' | 'scenes';
const TABS: Tab[] = ['details', 'rankings', 'paths', 'portfolio', 'scenes'];

export function RightPanel() {
  const [tab, setTab] = useState<Tab>('details');
  const t = useT();
  return (
    <div className="right-panel">
      <div className="tabs" role="tablist">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-controls="tab-body" aria-selected={tab === id} data-testid={`tab-${id}`} onClick={() => setTab(id)}>{t(`tabs.${id}`)}</button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel" id="tab-body" aria-labelledby={`tab-${tab}`} tabIndex={0}>
        <Suspense fallback={<p className="muted">{t('tabs.loading')}</p>}>
          {tab === 'details' && <DetailsPanel />}
          {tab === 'rankings' && <RankingsPanel />}
          {tab === 'paths' && <PathPanel />}
          {tab === 'portfolio' && <PortfolioPanel />}
          {tab === 'scenes' && <ScenesPanel />}
        </Suspense>
      </div>
    </div>
  );
}
