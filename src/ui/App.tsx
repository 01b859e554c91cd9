import { useEffect, useState } from 'react';
import { useAppState } from '../state/store-context.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { TopBar } from './TopBar.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ViewControls } from './ViewControls.tsx';
import { Filters } from './Filters.tsx';
import { Legend } from './Legend.tsx';
import { RightPanel } from './RightPanel.tsx';
import { ResizeHandle } from './ResizeHandle.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { useT } from './i18n.ts';
import { GraphTable } from './GraphTable.tsx';
import { HelpOverlay } from './present/HelpOverlay.tsx';
import { PresentBar } from './present/PresentBar.tsx';
import { usePresenterBroadcast, useFullscreenExit } from './present/hooks.ts';
import { CyProvider, useCy } from './canvas/cy-context.tsx';
import { formatAny } from './messages.ts';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The app, with the Cytoscape handle provided above both the canvas and the panels that read it. */
export function App() {
  return (
    <CyProvider>
      <Workspace />
    </CyProvider>
  );
}

function Workspace() {
  const status = useAppState((s) => s.status);
  const error = useAppState((s) => s.error);
  const dismissError = useAppState((s) => s.dismissError);
  const hasGraph = useAppState((s) => s.graph !== null);
  const [left, setLeft] = useState(250);
  const [right, setRight] = useState(340);
  const presenting = useAppState((s) => s.presenting);
  const theme = useAppState((s) => s.presentTheme);
  const blank = useAppState((s) => s.blank);
  const helpOpen = useAppState((s) => s.helpOpen);
  const lang = useAppState((s) => s.lang);
  const t = useT();
  const cy = useCy();
  useShortcuts(cy);
  usePresenterBroadcast();
  useFullscreenExit(cy);
  // Cytoscape only notices container size changes on window resize; panel drags must tell it.
  useEffect(() => { cy?.resize(); }, [cy, left, right, presenting]);
  useEffect(() => { document.documentElement.lang = lang; }, [lang]);

  return (
    <div className={presenting ? `app presenting present-${theme}` : 'app'} data-testid="app" data-presenting={presenting ? 'true' : 'false'}>
      {!presenting && <TopBar />}
      {error && (
        <div className="error-banner" role="alert" data-testid="error-banner">
          {formatAny(t, error)}
          <button type="button" onClick={dismissError}>{t('app.dismiss')}</button>
        </div>
      )}
      <main className="workspace" style={{ gridTemplateColumns: presenting ? 'minmax(0, 1fr)' : `${left}px 6px minmax(0, 1fr) 6px ${right}px` }}>
        {!presenting && (
          <aside className="left-panel" aria-label={t('app.leftPanel')}>
            <SearchBox />
            <ViewControls />
            <Filters />
            <GraphTable />
          </aside>
        )}
        {!presenting && <ResizeHandle label={t('app.resizeLeft')} value={left} min={180} max={480} onResize={(dx) => setLeft((w) => clamp(w + dx, 180, 480))} />}
        <section className="center">
          {presenting && <PresentBar />}
          <div className="center-graph">
            {hasGraph ? <GraphCanvas /> : <div className="placeholder">{status === 'error' ? t('app.noData') : t('app.loading')}</div>}
            <Legend />
            {presenting && blank && <div className="blank-screen" data-testid="blank-screen" role="status">{t('present.blank')}</div>}
          </div>
        </section>
        {!presenting && <ResizeHandle label={t('app.resizeRight')} value={right} min={260} max={720} onResize={(dx) => setRight((w) => clamp(w - dx, 260, 720))} />}
        {!presenting && (
          <aside className="details-panel" aria-label={t('app.rightPanel')}>
            <RightPanel />
          </aside>
        )}
      </main>
      {helpOpen && <HelpOverlay />}
    </div>
  );
}
