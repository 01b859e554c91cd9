import { useEffect, useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useAppState } from '../state/store-context.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { TopBar } from './TopBar.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ViewControls } from './ViewControls.tsx';
import { Filters } from './Filters.tsx';
import { Legend } from './Legend.tsx';
import { EmptyCanvasNotice } from './EmptyCanvasNotice.tsx';
import { RightPanel } from './RightPanel.tsx';
import { PanelEdge } from './layout/PanelEdge.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { useT } from './i18n.ts';
import { GraphTable } from './GraphTable.tsx';
import { HelpOverlay } from './present/HelpOverlay.tsx';
import { PresentBar } from './present/PresentBar.tsx';
import { usePresenterBroadcast, useFullscreenExit } from './present/hooks.ts';
import { CyProvider, useCy } from './canvas/cy-context.tsx';
import { datasetTitle, formatAny } from './messages.ts';
import { currentEntry } from '../state/store.ts';
import { resizeIfChanged } from './graph/container-size.ts';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
// First widths in proportion to the window, so a 1024-px projector still leaves the graph half the screen.
const initialLeft = () => clamp(Math.round(window.innerWidth * 0.2), 190, 250);
const initialRight = () => clamp(Math.round(window.innerWidth * 0.28), 270, 340);

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
  const [left, setLeft] = useState(initialLeft);
  const [right, setRight] = useState(initialRight);
  const [leftOpen, setLeftOpen] = useState(true);
  const [rightOpen, setRightOpen] = useState(true);
  const presenting = useAppState((s) => s.presenting);
  const theme = useAppState((s) => s.presentTheme);
  const blank = useAppState((s) => s.blank);
  const helpOpen = useAppState((s) => s.helpOpen);
  const lang = useAppState((s) => s.lang);
  const t = useT();
  const cy = useCy();
  const requestFit = useAppState((s) => s.requestFit);
  useShortcuts(cy);
  usePresenterBroadcast();
  useFullscreenExit(cy);
  // Cytoscape only notices container size changes on window resize; panel drags must tell it.
  useEffect(() => { if (cy) resizeIfChanged(cy); }, [cy, left, right, leftOpen, rightOpen, presenting]);
  // Hiding a panel is asking for room for the graph: refit into the new area (useFitRequests measures it).
  const toggle = (set: (f: (o: boolean) => boolean) => void) => () => { set((o) => !o); requestFit(); };
  const entry = useAppState(currentEntry);
  // The window's title names the open dataset in the interface language, as the dataset menu does.
  useEffect(() => { document.documentElement.lang = lang; document.title = entry ? `${datasetTitle(t, entry)} — ${t('app.title')}` : t('app.title'); }, [lang, t, entry]);

  return (
    <div className={presenting ? `app presenting present-${theme}` : 'app'} data-testid="app" data-presenting={presenting ? 'true' : 'false'}>
      {!presenting && <TopBar />}
      {error && (
        <div className="error-banner" role="alert" data-testid="error-banner">
          {formatAny(t, error)}
          <button type="button" onClick={dismissError}>{t('app.dismiss')}</button>
        </div>
      )}
      <main className="workspace" style={{ gridTemplateColumns: presenting ? 'minmax(0, 1fr)' : `${leftOpen ? left : 0}px auto minmax(0, 1fr) auto ${rightOpen ? right : 0}px` }}>
        {!presenting && (
          <aside className={leftOpen ? 'left-panel' : 'left-panel is-collapsed'} aria-label={t('app.leftPanel')} aria-hidden={!leftOpen}>
            {/* One boundary per panel: a failure shows a message in place, and the rest of the app and the open dataset stay. */}
            <ErrorBoundary><SearchBox /></ErrorBoundary>
            <ErrorBoundary><ViewControls /></ErrorBoundary>
            <ErrorBoundary><Filters /></ErrorBoundary>
            <ErrorBoundary><GraphTable /></ErrorBoundary>
          </aside>
        )}
        {!presenting && (
          <PanelEdge
            side="left" open={leftOpen} onToggle={toggle(setLeftOpen)} toggleLabel={leftOpen ? t('app.hideLeft') : t('app.showLeft')}
            resizeLabel={t('app.resizeLeft')} value={left} min={180} max={480} onResize={(dx) => setLeft((w) => clamp(w + dx, 180, 480))}
          />
        )}
        <section className="center">
          {presenting && <PresentBar />}
          <div className="center-graph">
            {hasGraph ? <ErrorBoundary><GraphCanvas /></ErrorBoundary> : <div className="placeholder">{status === 'error' ? t('app.noData') : t('app.loading')}</div>}
            {hasGraph && <EmptyCanvasNotice />}
            <ErrorBoundary><Legend /></ErrorBoundary>
            {presenting && blank && <div className="blank-screen" data-testid="blank-screen" role="status">{t('present.blank')}</div>}
          </div>
        </section>
        {!presenting && (
          <PanelEdge
            side="right" open={rightOpen} onToggle={toggle(setRightOpen)} toggleLabel={rightOpen ? t('app.hideRight') : t('app.showRight')}
            resizeLabel={t('app.resizeRight')} value={right} min={260} max={720} onResize={(dx) => setRight((w) => clamp(w - dx, 260, 720))}
          />
        )}
        {!presenting && (
          <aside className={rightOpen ? 'details-panel' : 'details-panel is-collapsed'} aria-label={t('app.rightPanel')} aria-hidden={!rightOpen}>
            <ErrorBoundary><RightPanel /></ErrorBoundary>
          </aside>
        )}
      </main>
      {helpOpen && <HelpOverlay />}
    </div>
  );
}
