import { useAppState } from '../state/store-context.tsx';
import { METRIC_LABELS, METRIC_NAMES, type MetricName } from '../state/selectors.ts';
import { DIRECTIONS, LAYOUTS, MAX_DEPTH, type Direction, type LayoutName } from '../state/view.ts';

const LAYOUT_LABELS: Record<LayoutName, string> = { goals: 'Grouped by goal', force: 'Force-directed', concentric: 'Concentric by size metric', grid: 'Grid' };
const DIRECTION_LABELS: Record<Direction, string> = { out: 'What it influences', in: 'What influences it', both: 'Both' };

export function ViewControls() {
  const depth = useAppState((s) => s.view.depth);
  const direction = useAppState((s) => s.view.direction);
  const layout = useAppState((s) => s.view.layout);
  const goalLevel = useAppState((s) => s.view.goalLevel);
  const canAggregate = useAppState((s) => s.baseGraph?.getAttribute('level') === 'indicator');
  const sizeMetric = useAppState((s) => s.sizeMetric);
  const locked = useAppState((s) => s.layoutLocked);
  const hasSelection = useAppState((s) => s.view.select.length > 0);
  const setView = useAppState((s) => s.setView);
  const setSizeMetric = useAppState((s) => s.setSizeMetric);
  const setLocked = useAppState((s) => s.setLayoutLocked);
  const clearSelection = useAppState((s) => s.clearSelection);
  const requestFit = useAppState((s) => s.requestFit);

  return (
    <section className="controls" aria-label="View">
      <h2>Influence around the selection</h2>
      <div className="control-row">
        <span className="control-label">Depth</span>
        <div className="segmented" role="group" aria-label="Depth">
          {Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((d) => (
            <button key={d} type="button" aria-pressed={depth === d} data-testid={`depth-${d}`} onClick={() => setView({ depth: d })}>{d}</button>
          ))}
        </div>
      </div>
      <label className="control-row">
        <span className="control-label">Direction</span>
        <select value={direction} data-testid="direction" onChange={(e) => setView({ direction: e.target.value as Direction })}>
          {DIRECTIONS.map((d) => <option key={d} value={d}>{DIRECTION_LABELS[d]}</option>)}
        </select>
      </label>
      <div className="control-row">
        <button type="button" onClick={requestFit} title="Fit the view to the highlighted part (Enter, or double-click a node)">Fit</button>
        <button type="button" onClick={clearSelection} disabled={!hasSelection}>Clear selection</button>
      </div>
      <h2>Layout</h2>
      <label className="control-row">
        <span className="control-label">Layout</span>
        <select value={layout} data-testid="layout" onChange={(e) => setView({ layout: e.target.value as LayoutName })}>
          {LAYOUTS.map((l) => <option key={l} value={l}>{LAYOUT_LABELS[l]}</option>)}
        </select>
      </label>
      <label className="control-row">
        <span className="control-label">Size by</span>
        <select value={sizeMetric} data-testid="size-metric" onChange={(e) => setSizeMetric(e.target.value as MetricName)}>
          {METRIC_NAMES.map((m) => <option key={m} value={m}>{METRIC_LABELS[m]}</option>)}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} data-testid="lock-layout" /> Lock layout (no dragging)
      </label>
      <label className="check">
        <input type="checkbox" checked={goalLevel} disabled={!canAggregate} onChange={(e) => setView({ goalLevel: e.target.checked })} data-testid="goal-level" /> Goal level (17 goals, weighted links)
      </label>
    </section>
  );
}
