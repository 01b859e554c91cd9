import { useAppState } from '../state/store-context.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { GoalLegend } from './GoalLegend.tsx';
import { TopBar } from './TopBar.tsx';

export function App() {
  const status = useAppState((s) => s.status);
  const error = useAppState((s) => s.error);
  const dismissError = useAppState((s) => s.dismissError);
  const hasGraph = useAppState((s) => s.graph !== null);

  return (
    <div className="app">
      <TopBar />
      {error && (
        <div className="error-banner" role="alert">
          {error}
          <button type="button" onClick={dismissError}>Dismiss</button>
        </div>
      )}
      <main className="workspace">
        {hasGraph ? <GraphCanvas /> : <div className="placeholder">{status === 'error' ? 'No data could be loaded.' : 'Loading data…'}</div>}
        <aside className="legend-panel">
          <GoalLegend />
        </aside>
      </main>
    </div>
  );
}
