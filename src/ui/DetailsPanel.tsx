import { memo, useDeferredValue, useMemo, useState } from 'react';
import { metricLabelKey } from '../state/registries.ts';
import { useAppState } from '../state/store-context.tsx';
import { currentEntry } from '../state/store.ts';
import { categoryLabel, unitLabelOf } from '../state/labels.ts';
import {
  METRIC_NAMES, indicatorOf, neighbours, nodeAttrs, targetTitle, type Neighbour,
} from '../state/selectors.ts';
import { MARK_KINDS, type MarkKind } from '../state/present.ts';
import { formatNumber, useT } from './i18n.ts';
import type { Lang } from '../core/model/types.ts';
import type { NodeMetrics } from '../core/metrics/index.ts';
import { ClassShape } from './ClassShape.tsx';
import { RobustBadge } from './panels/system/RobustBadge.tsx';
import { Sparkline } from './Sparkline.tsx';

const LANG_TAGS: Record<Lang, string> = { en: 'EN', ru: 'RU', kk: 'KK' };

/** "Bureau of National Statistics of Kazakhstan, Open SDG platform (…)" → its publisher; the whole text shows on hover. */
const publisherOf = (source: string) => source.split(',')[0].trim();
/** The statistics bureau by its name in the user's language; any other publisher as the data names it. */
const publisherIn = (t: (key: string) => string, publisher: string) => (publisher.startsWith('Bureau of National Statistics') ? t('panels.publisherBns') : publisher);

function formatValue(lang: Lang, v: number): string {
  if (Number.isNaN(v)) return '—';
  if (Number.isInteger(v)) return formatNumber(lang, v);
  const digits = Math.abs(v) < 1 ? 4 : 2;
  return formatNumber(lang, v, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Session mark for an indicator: priority or discussed, with a one-line note. */
function MarkControl({ code }: { code: string }) {
  const t = useT();
  const mark = useAppState((s) => s.marks[code]);
  const setMark = useAppState((s) => s.setMark);
  return (
    <div className="mark-row" role="group" aria-label={t('details.markLabel', { code })} data-testid="mark-control">
      <label className="field">
        <span>{t('details.mark')}</span>
        <select value={mark?.kind ?? ''} onChange={(e) => setMark(code, (e.target.value || null) as MarkKind | null)} data-testid="mark-kind" aria-label={t('details.mark')}>
          <option value="">{t('details.markNone')}</option>
          {MARK_KINDS.map((k) => <option key={k} value={k}>{t(`legend.${k}`)}</option>)}
        </select>
      </label>
      {mark && (
        <input type="text" maxLength={200} value={mark.note} placeholder={t('details.markNote')} aria-label={t('details.markNote')}
          onChange={(e) => setMark(code, mark.kind, e.target.value)} data-testid="mark-note" />
      )}
    </div>
  );
}

/** One listed neighbour; memo'd so a row for the same indicator is kept when the selection moves. */
const NeighbourRow = memo(function NeighbourRow({ code, title, pick }: { code: string; title: string; pick: (code: string, additive: boolean) => void }) {
  return (
    <li>
      <button type="button" className="link" onClick={(e) => pick(code, e.shiftKey)} title={title}>
        <strong>{code}</strong> {title}
      </button>
    </li>
  );
});

/**
 * A hub's list starts with its strongest links (the list is sorted by strength): a 10k-node graph's hub
 * has ~1.4k neighbours, whose rows cost ~20% of the click that selects it (A/B on 10k/100k, 4 rounds:
 * click 0.81×). "Show all" lists the rest.
 */
const FIRST_NEIGHBOURS = 200;

function NeighbourList({ items, testId, label }: { items: Neighbour[]; testId: string; label: string }) {
  const selectNode = useAppState((s) => s.selectNode);
  const lang = useAppState((s) => s.lang);
  const t = useT();
  // The whole list for these items only: another node's list starts short again.
  const [allOf, setAllOf] = useState<Neighbour[] | null>(null);
  const shown = allOf === items ? items : items.slice(0, FIRST_NEIGHBOURS);
  return (
    <details open className="neighbours">
      <summary>{label} <span className="count" data-testid={`${testId}-count`}>{items.length}</span></summary>
      <ul data-testid={testId}>
        {shown.map((n) => <NeighbourRow key={n.code} code={n.code} title={n.title} pick={selectNode} />)}
      </ul>
      {shown.length < items.length && (
        <p className="muted">
          {t('details.strongestFirst', { shown: formatNumber(lang, shown.length) })}{' '}
          <button type="button" className="link" data-testid={`${testId}-all`} onClick={() => setAllOf(items)}>
            {t('details.showAllNeighbours', { n: formatNumber(lang, items.length) })}
          </button>
        </p>
      )}
    </details>
  );
}

/** Every metric of the indicator with its rank. */
const MetricsTable = memo(function MetricsTable({ m, n, lang }: { m: NodeMetrics | undefined; n: number; lang: Lang }) {
  const t = useT();
  return (
    <details open className="metric-list">
      <summary>{t('details.metrics')}</summary>
      {m ? (
        <table className="metrics-table" data-testid="details-metrics">
          <tbody>
            {METRIC_NAMES.map((name) => (
              <tr key={name}>
                <th scope="row">{t(metricLabelKey(name))}</th>
                <td>{formatValue(lang, m[name])}</td>
                <td className="muted">{Number.isNaN(m.rank[name]) ? '' : t('details.rankOf', { rank: formatNumber(lang, m.rank[name]), n: formatNumber(lang, n) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="muted">{t('details.computing')}</p>}
    </details>
  );
});

/**
 * The panel follows the selection one step behind the canvas: the click's frame paints the highlight,
 * and this component's rendering (dozens of rows) runs after it, in the background and interruptible.
 * Only this thin shell re-renders with the click itself; the memo'd body waits for the deferred value.
 */
export function DetailsPanel() {
  const select = useDeferredValue(useAppState((s) => s.view.select));
  return <DetailsOf select={select} />;
}

/** The details of the last selected indicator; exported for the idle warm-up (warm-up-panels.tsx). */
export const DetailsOf = memo(function DetailsOf({ select }: { select: readonly string[] }) {
  const graph = useAppState((s) => s.graph);
  const catalogue = useAppState((s) => s.catalogue);
  const lang = useAppState((s) => s.lang);
  const t = useT();
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
        <p>{t('details.empty')}</p>
        <p className="muted">{t('details.emptyHint')}</p>
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
      {select.length > 1 && <p className="muted">{t('details.multi', { count: select.length, codes: select.join(', ') })}</p>}
      <h2 className="details-code" data-testid="details-code">
        {goal && <span className="swatch big" style={{ background: goal.color }} aria-hidden="true" />}
        {code}
      </h2>
      <p className="details-title">{attrs.title[lang]}</p>
      {graph.getAttribute('level') !== 'goal' && <MarkControl code={code} />}
      <details className="other-titles">
        <summary>{t('details.otherTitles')}</summary>
        {(Object.keys(LANG_TAGS) as Lang[]).filter((l) => l !== lang).map((l) => (
          <p key={l}><span className="tag">{LANG_TAGS[l]}</span> {attrs.title[l]}</p>
        ))}
      </details>
      <dl className="facts">
        {goal && <><dt>{t('details.goal')}</dt><dd>{goal.code}. {goal.short[lang]}</dd></>}
        {attrs.target && <><dt>{t('details.target')}</dt><dd>{attrs.target} {targetTitle(catalogue, attrs.target, lang)}</dd></>}
        {attrs.category && <><dt>{t('details.category')}</dt><dd data-testid="details-category">{t(`categories.${attrs.category}`, { defaultValue: '' }) || (categoryLabel(catalogue, attrs.category, lang) ?? '—')}</dd></>}
        {cls && graph.getAttribute('level') !== 'goal' && <><dt>{t('details.class')}</dt><dd data-testid="details-class"><ClassShape cls={cls} /> {t(`classes.${cls}`)}<RobustBadge code={code} /></dd></>}
      </dl>
      {m && (
        <p className="headline-rank" data-testid="details-rank">
          {t('details.rank', { out: formatNumber(lang, m.rank.out), in: formatNumber(lang, m.rank.in), n: formatNumber(lang, n) })}
        </p>
      )}
      {illustrative && <p className="badge badge-illustrative small" data-testid="details-illustrative">{t('details.illustrative')}</p>}
      {ind?.series && ind.series.points.length > 0 && (
        <div className="series">
          <Sparkline series={ind.series} />
          {ind.series.latest && (
            <p className="latest">
              {t('details.latest')} <strong>{ind.series.latest.value}</strong> {unitLabelOf(ind.series, lang)} ({ind.series.latest.year})
            </p>
          )}
          {catalogue?.source && (
            <p className="muted small" data-testid="details-source" title={catalogue.source}>
              {t('panels.source', { source: publisherIn(t, publisherOf(catalogue.source)), year: ind.series.latest?.year ?? ind.series.points[ind.series.points.length - 1][0] })}
            </p>
          )}
        </div>
      )}
      <NeighbourList items={out} testId="influences" label={t('details.influences')} />
      <NeighbourList items={inn} testId="influenced-by" label={t('details.influencedBy')} />
      <MetricsTable m={m} n={n} lang={lang} />
    </div>
  );
});
