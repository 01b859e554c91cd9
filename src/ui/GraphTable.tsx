import { useDeferredValue, useMemo, useState } from 'react';
import type { Highlight } from '../state/types.ts';
import type { Lang } from '../core/model/types.ts';
import { useAppState } from '../state/store-context.tsx';
import { compareCodes, nodeTitle } from '../state/selectors.ts';
import { formatNumber, useT } from './i18n.ts';

/**
 * The graph's accessible equivalent: the highlighted indicators and links as tables a screen reader
 * can read, updated with the selection. Collapsible so it costs nothing until opened.
 */
export function GraphTable() {
  const t = useT();
  // Deferred: the status line follows the canvas's highlight after the click's frame, never inside it.
  const highlight = useDeferredValue(useAppState((s) => s.highlight));
  const lang = useAppState((s) => s.lang);
  const [open, setOpen] = useState(false);
  const nodeCount = highlight ? Object.keys(highlight.distance).length : 0;
  return (
    <details className="graph-table" data-testid="graph-table" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('table.summary')}</summary>
      <p role="status" aria-live="polite" data-testid="graph-table-status">
        {highlight ? t('table.caption', { nodes: formatNumber(lang, nodeCount), links: formatNumber(lang, highlight.links.length) }) : t('table.none')}
      </p>
      {open && highlight && <Tables highlight={highlight} lang={lang} />}
    </details>
  );
}

/** The two tables, built only while the section is open: closed (as it starts), a click costs only the status line. */
function Tables({ highlight, lang }: { highlight: Highlight; lang: Lang }) {
  const t = useT();
  const graph = useAppState((s) => s.graph);
  const marks = useAppState((s) => s.marks);
  const nodes = useMemo(
    () => Object.entries(highlight.distance).sort((a, b) => a[1] - b[1] || compareCodes(a[0], b[0])),
    [highlight],
  );
  const links = useMemo(() => highlight.links.map((k) => k.split('→') as [string, string]), [highlight]);
  if (!graph) return null;
  return (
    <>
      <table className="a11y-table" data-testid="graph-table-nodes">
        <caption>{t('table.nodes')}</caption>
        <thead><tr><th scope="col">{t('table.code')}</th><th scope="col">{t('table.title')}</th><th scope="col">{t('table.steps')}</th><th scope="col">{t('table.mark')}</th></tr></thead>
        <tbody>
          {nodes.map(([code, d]) => (
            <tr key={code}>
              <th scope="row">{code}</th>
              <td>{nodeTitle(graph, code, lang)}</td>
              <td>{formatNumber(lang, d)}</td>
              <td>{marks[code] ? `${t(`legend.${marks[code].kind}`)}${marks[code].note ? `: ${marks[code].note}` : ''}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="a11y-table" data-testid="graph-table-links">
        <caption>{t('table.links')}</caption>
        <thead><tr><th scope="col">{t('table.from')}</th><th scope="col">{t('table.to')}</th><th scope="col">{t('table.score')}</th></tr></thead>
        <tbody>
          {links.map(([a, b]) => (
            <tr key={`${a}→${b}`}>
              <td>{a}</td>
              <td>{b}</td>
              <td>{graph.hasEdge(a, b) ? formatNumber(lang, graph.getEdgeAttribute(graph.edge(a, b)!, 'score')) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
