import { useMemo } from 'react';
import { useAppState } from '../state/store-context.tsx';
import { degrees, nodeTitle } from '../state/selectors.ts';
import { useT } from './i18n.ts';

/** Hover card: titles are rendered as React text, never as HTML. */
export function NodeTooltip({ code, x, y }: { code: string; x: number; y: number }) {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const t = useT();
  const info = useMemo(() => (graph ? { title: nodeTitle(graph, code, lang), ...degrees(graph, code) } : null), [graph, code, lang]);
  if (!info) return null;
  return (
    <div className="tooltip" role="tooltip" data-testid="tooltip" style={{ left: x + 14, top: y + 14 }}>
      <strong>{code}</strong> {info.title}
      <div className="tooltip-metrics">{t('tooltip.metrics', { out: info.out, in: info.in })}</div>
    </div>
  );
}
