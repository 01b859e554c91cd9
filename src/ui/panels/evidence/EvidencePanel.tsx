/**
 * The evidence tab: why a link is there. The link under the pointer, else the one clicked; its ends,
 * score and sign, its evidence by kind, and how the same pair moves in the national series.
 */
import { useMemo } from 'react';
import { useAppState } from '../../../state/store-context.tsx';
import { formatNumber, useT } from '../../i18n.ts';
import { linkInfo } from './link-info.ts';
import { KindEvidence } from './KindEvidence.tsx';
import { hasNationalCodes, LinkNationalData, NationalSummary } from './NationalData.tsx';
import { PathLinks } from './PathLinks.tsx';
import './evidence.css';

export default function EvidencePanel() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const graph = useAppState((s) => s.graph);
  const hovered = useAppState((s) => s.hoveredLink);
  const selected = useAppState((s) => s.selectedLink);
  const ref = hovered ?? selected;
  const info = useMemo(() => linkInfo(graph, ref, lang), [graph, ref, lang]);
  const national = useMemo(() => (graph ? hasNationalCodes(graph) : false), [graph]);
  const undirected = info?.attrs.undirected === true || graph?.getAttribute('undirected') === true;
  return (
    <div className="evidence-panel" data-testid="evidence-panel">
      {!info && <p className="muted" data-testid="evidence-hint">{t('evidence.hint')}</p>}
      {info && (
        <article data-testid="evidence-link" data-source={info.source.code} data-target={info.target.code}>
          {ref === hovered && hovered !== selected && <p className="muted">{t('evidence.hovered')}</p>}
          <h3 className="evidence-ends">
            <span><strong>{info.source.code}</strong> {info.source.title !== info.source.code ? info.source.title : ''}</span>
            <span aria-hidden="true" className="evidence-arrow">{undirected ? '↔' : '↓'}</span>
            <span><strong>{info.target.code}</strong> {info.target.title !== info.target.code ? info.target.title : ''}</span>
          </h3>
          <p data-testid="evidence-score">
            {t('evidence.score')}: <strong>{formatNumber(lang, info.attrs.score)}</strong> · {info.attrs.score < 0 ? t('evidence.negative') : t('evidence.positive')}
            {undirected ? ` · ${t('evidence.undirected')}` : ''}
          </p>
          <KindEvidence attrs={info.attrs} source={info.source.code} target={info.target.code} />
          {national && info.attrs.evidence !== 'co-movement' && <LinkNationalData source={info.source.code} target={info.target.code} />}
        </article>
      )}
      <PathLinks />
      {graph && national && <NationalSummary graph={graph} />}
    </div>
  );
}
