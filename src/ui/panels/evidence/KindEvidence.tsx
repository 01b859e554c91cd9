import type { EdgeAttrs } from '../../../core/graph/types.ts';
import { useT } from '../../i18n.ts';
import { ComoveStats } from './ComoveStats.tsx';

/** Every statement of the Review behind a goal link, verbatim, with its section and whether it gives the direction. */
function ReviewStatements({ attrs }: { attrs: EdgeAttrs }) {
  const t = useT();
  return (
    <>
      <ul className="evidence-quotes" data-testid="evidence-quotes">
        {(attrs.sources ?? []).map((s, i) => (
          <li key={i}>
            <blockquote data-testid="evidence-quote">“{s.quote}”</blockquote>
            <span className="muted">
              {t('evidence.review.section', { section: s.section })} · {s.undirectedInSource ? t('evidence.review.undirected') : t('evidence.review.directed')}
            </span>
          </li>
        ))}
      </ul>
      {attrs.note && <p className="muted">{t('evidence.review.reading')}: {attrs.note}</p>}
      <p className="muted evidence-source">{t('evidence.review.source')}</p>
    </>
  );
}

function ImportedSource({ attrs }: { attrs: EdgeAttrs }) {
  const t = useT();
  const loc = attrs.location;
  return (
    <dl className="evidence-facts" data-testid="evidence-imported">
      {loc ? (
        <>
          <dt>{t('evidence.imported.file')}</dt><dd>{loc.file}</dd>
          {loc.sheet && <><dt>{t('evidence.imported.sheet')}</dt><dd>{loc.sheet}</dd></>}
          {loc.cell && <><dt>{t('evidence.imported.cell')}</dt><dd>{loc.cell}</dd></>}
          {loc.row !== undefined && <><dt>{t('evidence.imported.row')}</dt><dd>{loc.row}</dd></>}
          {loc.edge !== undefined && <><dt>{t('evidence.imported.edge')}</dt><dd data-testid="evidence-edge">{loc.edgeId ? t('evidence.imported.edgeNamed', { n: loc.edge, id: loc.edgeId }) : loc.edge}</dd></>}
        </>
      ) : <dd className="muted">{t('evidence.imported.noLocation')}</dd>}
      {attrs.note && <><dt>{t('evidence.imported.note')}</dt><dd>{attrs.note}</dd></>}
    </dl>
  );
}

function Illustrative({ attrs }: { attrs: EdgeAttrs }) {
  const t = useT();
  return (
    <div data-testid="evidence-generated">
      <p className="evidence-warning"><strong>{t('evidence.illustrative.generated')}</strong></p>
      {attrs.note && <p>{t('evidence.illustrative.rule')}: {attrs.note}</p>}
    </div>
  );
}

/** The evidence of one link, by its kind. */
export function KindEvidence({ attrs, source, target }: { attrs: EdgeAttrs; source: string; target: string }) {
  const t = useT();
  return (
    <section className="evidence-kind" data-testid="evidence-kind" data-kind={attrs.evidence}>
      <h4>{t(`evidence.kind.${attrs.evidence}`)}</h4>
      {attrs.evidence === 'review-statement' && <ReviewStatements attrs={attrs} />}
      {attrs.evidence === 'imported' && <ImportedSource attrs={attrs} />}
      {attrs.evidence === 'illustrative' && <Illustrative attrs={attrs} />}
      {attrs.evidence === 'co-movement' && attrs.comove && <ComoveStats stats={attrs.comove} source={source} target={target} />}
    </section>
  );
}
