import { lazy, Suspense, useState } from 'react';
import { DetailsPanel } from './DetailsPanel.tsx';

// Not needed for the first frame: each tab's code loads when the tab is first opened.
const RankingsPanel = lazy(() => import('./panels/RankingsPanel.tsx'));
const PathPanel = lazy(() => import('./panels/PathPanel.tsx'));
const PortfolioPanel = lazy(() => import('./panels/PortfolioPanel.tsx'));

type Tab = 'details' | 'rankings' | 'paths' | 'portfolio';
const TABS: [Tab, string][] = [['details', 'Details'], ['rankings', 'Rankings'], ['paths', 'Why A → B'], ['portfolio', 'Portfolio']];

export function RightPanel() {
  const [tab, setTab] = useState<Tab>('details');
  return (
    <div className="right-panel">
      <div className="tabs" role="tablist">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} data-testid={`tab-${id}`} onClick={() => setTab(id)}>{label}</button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel">
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {tab === 'details' && <DetailsPanel />}
          {tab === 'rankings' && <RankingsPanel />}
          {tab === 'paths' && <PathPanel />}
          {tab === 'portfolio' && <PortfolioPanel />}
        </Suspense>
      </div>
    </div>
  );
}
