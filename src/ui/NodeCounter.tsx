import type { ReactNode } from 'react';
import { useAppState } from '../state/store-context.tsx';
import { isGenericNetwork } from '../state/network.ts';
import { formatNumber, useT } from './i18n.ts';

const SHOWN = '⟦shown⟧';
const TOTAL = '⟦total⟧';

/**
 * "277 indicators · 1535 links", and with filters on "15 of 277 indicators shown": the counter agrees
 * with the canvas. A network that is not SDG indicators counts "nodes".
 */
export function NodeCounter() {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const visible = useAppState((s) => s.visible);
  const generic = useAppState(isGenericNetwork);
  const t = useT();
  if (!graph) return null;
  const count = (n: number) => formatNumber(lang, n, { useGrouping: 'min2' } as Intl.NumberFormatOptions);
  const n = graph.order;
  const what = generic ? t('panels.nodes', { count: n }) : graph.getAttribute('level') === 'goal' ? t('top.goals', { count: n }) : t('top.indicators', { count: n });
  const total = <strong data-testid="node-count">{count(graph.order)}</strong>;
  let nodes: ReactNode = <>{total} {what}</>;
  if (visible) {
    // The sentence's word order differs per language: split the translation around its numbers.
    const sentence = t('panels.shownOf', { shown: SHOWN, total: TOTAL, what });
    const [a, b, c] = sentence.split(SHOWN).flatMap((part) => part.split(TOTAL));
    const shownFirst = sentence.indexOf(SHOWN) < sentence.indexOf(TOTAL);
    const shown = <strong data-testid="shown-count">{count(visible.size)}</strong>;
    nodes = <span data-testid="shown-of">{a}{shownFirst ? shown : total}{b}{shownFirst ? total : shown}{c}</span>;
  }
  const plain = `${visible ? t('panels.shownOf', { shown: count(visible.size), total: count(graph.order), what }) : `${count(graph.order)} ${what}`} · ${count(graph.size)} ${t('top.links', { count: graph.size })}`;
  return (
    <span className="counts" data-testid="counts" title={plain}>
      {nodes} ·{' '}
      <strong data-testid="link-count">{count(graph.size)}</strong> {t('top.links', { count: graph.size })}
    </span>
  );
}
