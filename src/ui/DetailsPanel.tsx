import { useDeferredValue, useMemo } from 'react';
import { useAppState } from '../state/store-context.tsx';
import { currentEntry } from '../state/store.ts';
import {
  CLASS_LABELS, METRIC_LABELS, METRIC_NAMES, indicatorOf, neighbours, nodeAttrs, targetTitle, type Neighbour,
} from '../state/selectors.ts';
import type { Lang } from '../core/model/types.ts';
import { ClassShape } from './ClassShape.tsx';
import { Sparkline } from './Sparkline.tsx';

const LANG_TAGS: Record<Lang, string> = { en: 'EN', ru: 'RU', kk: 'KK' };

function formatValue(v: number): string {
  if (Number.isNaN(v)) return '—';
  return Number.isInteger(v) ? String(v) : v.toFixed(v < 1 ? 4 : 2);
}

function NeighbourList({ items, testId, label }: { items: Neighbour[]; testId: string; label: string }) {
  const selectNode = useAppState((s) => s.selectNode);
  return (
    <details open className="neighbours">
      <summary>{label} <span className="count" data-testid={`${testId}-count`}>{items.length}</span></summary>
      <ul data-testid={testId}>
        {items.map((n) => (
          <li key={n.code}>
            <button type="button" className="link" onClick={(e) => selectNode(n.code, e.shiftKey)} title={n.title}>
              <strong>{n.code}</strong> {n.title}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function DetailsPanel() {
  const graph = useAppState((s) => s.graph);
  const catalogue = useAppState((s) => s.catalogue);
  // Deferred: the canvas highlight paints first, this panel (dozens of rows) follows in the background.
  const select = useDeferredValue(useAppState((s) => s.view.select));
  const lang = useAppState((s) => s.lang);
  const classes = useAppState((s) => s.classes);
  const metricsByCode = useAppState((s) => s.metricsByCode);
  const illustrative = useAppState((s) => currentEntry(s)?.illustrative ?? false);
  const code = select[select.length - 1];
  const attrs = useMemo(() => (graph && code ? nodeAttrs(graph, code) : null), [graph, code]);
  const out = useMemo(() => (graph && code ? neighbours(graph, code, 'out', lang) : []), [graph, code, lang]);
  const inn = useMemo(() => (graph && code ? neighbours(graph, code, 'in', lang) : []), [graph, code, lang]);

  if (!graph || !code || !attrs) {
    return (
      <div className="details empty" data-testid="details">
        <p>Click a node, search, or pick a row in Rankings to see what it influences and what influences it.</p>
        <p className="muted">Shift-click adds to the selection. Double-click or Enter fits the view. Ctrl+Z undoes.</p>
      </div>
    );
  }
  const ind = indicatorOf(catalogue, code);
  const goal = catalogue?.goals.find((g) => g.code === attrs.goal);
  const m = metricsByCode?.[code];
  const n = graph.order;
  const cls = classes[code];
  return (
    <div className="details" data-testid="details">
      {select.length > 1 && <p className="muted">{select.length} selected: {select.join(', ')} — showing the last.</p>}
      <h2 className="details-code" data-testid="details-code">
        {goal && <span className="swatch big" style={{ background: goal.color }} aria-hidden="true" />}
        {code}
      </h2>
      <p className="details-title">{attrs.title[lang]}</p>
      <details className="other-titles">
        <summary>Titles in other languages</summary>
        {(Object.keys(LANG_TAGS) as Lang[]).filter((l) => l !== lang).map((l) => (
          <p key={l}><span className="tag">{LANG_TAGS[l]}</span> {attrs.title[l]}</p>
        ))}
      </details>
      <dl className="facts">
        {goal && <><dt>Goal</dt><dd>{goal.code}. {goal.short[lang]}</dd></>}
        {attrs.target && <><dt>Target</dt><dd>{attrs.target} {targetTitle(catalogue, attrs.target, lang)}</dd></>}
        {attrs.category && <><dt>Category</dt><dd>{attrs.category}</dd></>}
        {cls && graph.getAttribute('level') !== 'goal' && <><dt>Class</dt><dd data-testid="details-class"><ClassShape cls={cls} /> {CLASS_LABELS[cls]}</dd></>}
      </dl>
      {m && (
        <p className="headline-rank" data-testid="details-rank">
          #{m.rank.out} of {n} by influence · #{m.rank.in} of {n} by reverse influence
        </p>
      )}
      {illustrative && <p className="badge badge-illustrative small" data-testid="details-illustrative">links: illustrative</p>}
      {ind?.series && ind.series.points.length > 0 && (
        <div className="series">
          <Sparkline series={ind.series} />
          {ind.series.latest && (
            <p className="latest">
              Latest: <strong>{ind.series.latest.value}</strong> {ind.series.unitLabel ?? ind.series.unit ?? ''} ({ind.series.latest.year})
            </p>
          )}
        </div>
      )}
      <NeighbourList items={out} testId="influences" label="Influences" />
      <NeighbourList items={inn} testId="influenced-by" label="Influenced by" />
      <details open className="metric-list">
        <summary>Metrics</summary>
        {m ? (
          <table className="metrics-table" data-testid="details-metrics">
            <tbody>
              {METRIC_NAMES.map((name) => (
                <tr key={name}>
                  <th scope="row">{METRIC_LABELS[name]}</th>
                  <td>{formatValue(m[name])}</td>
                  <td className="muted">{Number.isNaN(m.rank[name]) ? '' : `#${m.rank[name]} of ${n}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : <p className="muted">Computing metrics…</p>}
      </details>
    </div>
  );
}
