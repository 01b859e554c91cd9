import { useMemo } from 'react';
import { useAppState } from '../../../state/store-context.tsx';
import { evidenceCounts } from '../../../state/slices/evidence.ts';
import { formatNumber, useT } from '../../i18n.ts';

/** Show or hide links by what stands behind them (stated, imported, generated, co-movement). */
export function EvidenceFilter() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const graph = useAppState((s) => s.graph);
  const hidden = useAppState((s) => s.hiddenEvidence);
  const toggle = useAppState((s) => s.toggleEvidence);
  const counts = useMemo(() => (graph ? evidenceCounts(graph) : []), [graph]);
  if (!counts.length) return null;
  return (
    <div className="class-filter" role="group" aria-label={t('evidence.filter.label')} data-testid="evidence-filter">
      {counts.map(([kind, n]) => (
        <label key={kind} className="check">
          <input type="checkbox" checked={!hidden.includes(kind)} onChange={() => toggle(kind)} data-testid={`evidence-kind-${kind}`} />
          {t(`evidence.kind.${kind}`)} ({formatNumber(lang, n)})
        </label>
      ))}
    </div>
  );
}
