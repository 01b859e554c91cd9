import { useMemo } from 'react';
import type { InterlinkageGraph } from '../../../core/graph/types.ts';
import { graphNationalSummary, linkNationalData } from '../../../state/slices/evidence.ts';
import { useAppState } from '../../../state/store-context.tsx';
import { useT } from '../../i18n.ts';
import { ComoveStats } from './ComoveStats.tsx';

/** True when the graph's nodes are catalogue indicators, so the national series can say something. */
export function hasNationalCodes(graph: InterlinkageGraph): boolean {
  return graph.someNode((_k, a) => a.kind === 'indicator' && a.unknown !== true);
}

/** The "national data" column of one link: the same pair in Kazakhstan's series, when it was tested. */
export function LinkNationalData({ source, target }: { source: string; target: string }) {
  const t = useT();
  const catalogue = useAppState((s) => s.catalogue);
  const d = useMemo(() => (catalogue ? linkNationalData(catalogue, source, target) : null), [catalogue, source, target]);
  return (
    <section className="evidence-national" data-testid="evidence-national">
      <h4>{t('evidence.national.title')}</h4>
      {d ? <ComoveStats stats={d} source={source} target={target} testId="national-stats" /> : <p className="muted">{t('evidence.national.notTested')}</p>}
    </section>
  );
}

/** Of N links on screen: how many the national series confirm, contradict, cannot say, or keep after detrending. */
export function NationalSummary({ graph }: { graph: InterlinkageGraph }) {
  const t = useT();
  const catalogue = useAppState((s) => s.catalogue);
  const summary = useMemo(() => (catalogue ? graphNationalSummary(catalogue, graph) : null), [catalogue, graph]);
  if (!summary) return null;
  return (
    <section className="evidence-national" data-testid="national-summary">
      <h4>{t('evidence.national.summaryTitle')}</h4>
      <p>{t('evidence.national.summary', { ...summary })}</p>
      <p className="muted evidence-source">{t('evidence.comove.notCausal')} {t('evidence.comove.source')}</p>
    </section>
  );
}
