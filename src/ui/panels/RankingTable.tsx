import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import type { NodeMetrics } from '../../core/metrics/index.ts';
import type { Lang } from '../../core/model/types.ts';
import type { NodeClass } from '../../state/selectors.ts';
import { ClassShape } from '../ClassShape.tsx';
import { usePanelHeight } from './usePanelHeight.ts';
import { useAppState } from '../../state/store-context.tsx';
import { compareCodes, METRIC_NAMES, type MetricName } from '../../state/selectors.ts';
import { formatNumber, useT } from '../i18n.ts';
import { VirtualRows } from './VirtualTable.tsx';
import { metricLabelKey, metricShortLabelKey } from '../../state/registries.ts';
import { RobustBadge } from './system/RobustBadge.tsx';
import { useBoxWidth } from './useBoxWidth.ts';
import './ranking.css';

const ROW = 24;
/** A row with its title on a second line, for panels narrower than TWO_LINE_BELOW pixels. */
const TWO_LINE_ROW = 38;
const TWO_LINE_BELOW = 400;
/** Rows the table shows at least, when the panel is short or not measured (jsdom). */
const MIN_ROWS = 11;

interface RowProps {
  r: NodeMetrics; rank: number; selected: boolean; rowClass: string; rowHeight: number; columns: MetricName[];
  graph: InterlinkageGraph; lang: Lang; cls: NodeClass | undefined; pick: (code: string, additive: boolean) => void;
}

/** One ranked node; memo'd so a click re-renders only the rows whose selected state changed. */
const RankingRow = memo(function RankingRow({ r, rank, selected, rowClass, rowHeight, columns, graph, lang, cls, pick }: RowProps) {
  const t = useT();
  const title = graph.getNodeAttribute(r.code, 'title')[lang];
  return (
    <div
      role="row"
      className={`${rowClass} ${selected ? 'is-selected' : ''}`}
      style={{ height: rowHeight }}
      data-code={r.code}
      onClick={(e) => pick(r.code, e.shiftKey)}
      title={title}
    >
      <span className="rank">{rank}</span>
      <span className="code">{r.code}<RobustBadge code={r.code} /></span>
      <span className="title">{title}</span>
      <span className="cls" title={cls ? t(`classes.${cls}`) : undefined}>{cls && <ClassShape cls={cls} size={10} />}</span>
      {columns.map((c, j) => <span key={c} className={`num n${j}`}>{Number.isNaN(r[c]) ? '—' : Number.isInteger(r[c]) ? formatNumber(lang, r[c]) : formatNumber(lang, r[c], { minimumFractionDigits: 3, maximumFractionDigits: 3 })}</span>)}
    </div>
  );
});

/**
 * Every node with every metric; click a header to sort, click a row to select (and the other way round).
 * With "follow filters" (the default) only the nodes the filters show are ranked, so the ranks agree with
 * the canvas.
 */
export function RankingTable() {
  const metrics = useAppState((s) => s.metrics);
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  // Deferred: the canvas paints the click first; the table (and its scroll to the row) follows.
  const select = useDeferredValue(useAppState((s) => s.view.select));
  const selectNode = useAppState((s) => s.selectNode);
  const [sortBy, setSortBy] = useState<MetricName>('out');
  const [desc, setDesc] = useState(true);
  const [query, setQuery] = useState('');
  const t = useT();
  const [extra, setExtra] = useState<MetricName>('pagerank');
  const visible = useAppState((s) => s.visible);
  const classes = useAppState((s) => s.classes);
  const [follow, setFollow] = useState(true);
  const [rowsBox, height] = usePanelHeight<HTMLDivElement>(MIN_ROWS * ROW);
  const [tableBox, width] = useBoxWidth<HTMLDivElement>(TWO_LINE_BELOW, Boolean(metrics && graph));
  const twoLine = width < TWO_LINE_BELOW;
  const rowHeight = twoLine ? TWO_LINE_ROW : ROW;
  const rowClass = twoLine ? 'rrow with-title is-two-line' : 'rrow with-title';
  const columns: MetricName[] = useMemo(() => [...new Set<MetricName>(['out', 'in', extra])], [extra]);

  const rows = useMemo(() => {
    if (!metrics || !graph) return [];
    const q = query.trim().toLowerCase();
    const shown = follow && visible ? metrics.filter((m) => visible.has(m.code)) : metrics;
    const list = q
      ? shown.filter((m) => m.code.toLowerCase().includes(q) || graph.getNodeAttribute(m.code, 'title')[lang].toLowerCase().includes(q))
      : [...shown];
    const key = (v: number) => (Number.isNaN(v) ? -Infinity : v);
    list.sort((a, b) => (desc ? key(b[sortBy]) - key(a[sortBy]) : key(a[sortBy]) - key(b[sortBy])) || compareCodes(a.code, b.code));
    return list;
  }, [metrics, graph, lang, query, sortBy, desc, follow, visible]);

  const current = select[select.length - 1];
  const selectedIndex = rows.findIndex((r) => r.code === current);

  if (!metrics || !graph) return <p className="muted">{t('rankings.computing')}</p>;
  const sortHeader = (m: MetricName) => (
    <button
      type="button"
      className={`th ${sortBy === m ? 'sorted' : ''}`}
      data-testid={`sort-${m}`}
      title={t(metricLabelKey(m))}
      onClick={() => (sortBy === m ? setDesc(!desc) : (setSortBy(m), setDesc(true)))}
    >
      {t(metricShortLabelKey(m))} {sortBy === m ? (desc ? '▼' : '▲') : ''}
    </button>
  );
  return (
    <div className="ranking" ref={tableBox}>
      <div className="ranking-tools">
        <input type="search" placeholder={t('rankings.filter')} aria-label={t('rankings.filterLabel')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="ranking-filter" />
        <select value={extra} onChange={(e) => setExtra(e.target.value as MetricName)} aria-label={t('rankings.thirdColumn')} data-testid="ranking-column">
          {METRIC_NAMES.filter((m) => m !== 'out' && m !== 'in').map((m) => <option key={m} value={m}>{t(metricLabelKey(m))}</option>)}
        </select>
      </div>
      <label className="check small">
        <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} data-testid="ranking-follow" />
        {' '}{t('panels.followFilters')}
      </label>
      <div className={`${rowClass} rhead`} role="row">
        <span className="rank">#</span>
        <span className="code">{t('panels.code')}</span>
        <span className="title">{t('panels.title')}</span>
        <span className="cls" title={t('panels.class')}>◇</span>
        {columns.map((c, j) => <span key={c} className={`num n${j}`}>{sortHeader(c)}</span>)}
      </div>
      <div ref={rowsBox}>
      <VirtualRows
        rows={rows}
        rowHeight={rowHeight}
        height={Math.min(rows.length * rowHeight, height)}
        scrollToIndex={selectedIndex}
        testId="ranking-rows"
        renderRow={(r, i) => (
          <RankingRow
            key={r.code} r={r} rank={i + 1} selected={select.includes(r.code)} rowClass={rowClass} rowHeight={rowHeight}
            columns={columns} graph={graph} lang={lang} cls={classes[r.code]} pick={selectNode}
          />
        )}
      />
      </div>
    </div>
  );
}
