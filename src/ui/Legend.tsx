import { useAppState } from '../state/store-context.tsx';
import { CLASS_LABELS, METRIC_LABELS, NODE_CLASSES } from '../state/selectors.ts';
import { ClassShape } from './ClassShape.tsx';

/** Always on the canvas: what colour, shape and size mean. Goal names are in the filter list and tooltips. */
export function Legend() {
  const goals = useAppState((s) => s.catalogue?.goals);
  const lang = useAppState((s) => s.lang);
  const sizeMetric = useAppState((s) => s.sizeMetric);
  const goalLevel = useAppState((s) => s.graph?.getAttribute('level') === 'goal');
  return (
    <div className="canvas-legend" data-testid="legend" aria-label="Legend">
      <div className="legend-row legend-goals">
        {goals?.map((g) => (
          <span key={g.code} className="legend-goal" style={{ background: g.color }} title={`${g.code}. ${g.short[lang]}`}>{g.code}</span>
        ))}
      </div>
      {!goalLevel && (
        <div className="legend-row">
          {NODE_CLASSES.map((c) => (
            <span key={c} className="legend-class"><ClassShape cls={c} /> {CLASS_LABELS[c]}</span>
          ))}
        </div>
      )}
      <div className="legend-row legend-size">
        <svg width="30" height="14" aria-hidden="true"><circle cx="4" cy="7" r="3" fill="#8a8f98" /><circle cx="20" cy="7" r="7" fill="#8a8f98" /></svg>
        size = {METRIC_LABELS[sizeMetric].toLowerCase()} · arrows on highlighted links show direction
      </div>
    </div>
  );
}
