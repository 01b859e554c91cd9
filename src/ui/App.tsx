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

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function App() {
  const status = useAppState((s) => s.status);
  const error = useAppState((s) => s.error);
  const dismissError = useAppState((s) => s.dismissError);
  const hasGraph = useAppState((s) => s.graph !== null);
  const [left, setLeft] = useState(250);
  const [right, setRight] = useState(340);
  useShortcuts();
  // Cytoscape only notices container size changes on window resize; panel drags must tell it.
  useEffect(() => { window.__sdgCy?.resize(); }, [left, right]);

  return (
    <div className="app">
      <TopBar />
      {error && (
        <div className="error-banner" role="alert">
          {error}
          <button type="button" onClick={dismissError}>Dismiss</button>
        </div>
      )}
      <main className="workspace" style={{ gridTemplateColumns: `${left}px 6px minmax(0, 1fr) 6px ${right}px` }}>
        <aside className="left-panel" aria-label="Search, view and filters">
          <SearchBox />
          <ViewControls />
          <Filters />
        </aside>
        <ResizeHandle label="Resize left panel" onResize={(dx) => setLeft((w) => clamp(w + dx, 180, 480))} />
        <section className="center">
          {hasGraph ? <GraphCanvas /> : <div className="placeholder">{status === 'error' ? 'No data could be loaded.' : 'Loading data…'}</div>}
          <Legend />
        </section>
        <ResizeHandle label="Resize right panel" onResize={(dx) => setRight((w) => clamp(w - dx, 260, 720))} />
        <aside className="details-panel" aria-label="Details and rankings">
          <RightPanel />
        </aside>
      </main>
    </div>
  );
}
