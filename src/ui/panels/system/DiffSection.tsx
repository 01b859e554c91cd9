/** Diff: the network on screen against another (bundled or imported): added and removed links on the graph, rank changes in a table. */
import { useState } from 'react';
import { useAppState } from '../../../state/store-context.tsx';
import { systemOf } from '../../../state/slices/system.ts';
import { formatNumber, useT } from '../../i18n.ts';
import { formatMessage } from '../../messages.ts';

const SHOWN = 20;

export function DiffSection() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const datasets = useAppState((s) => s.datasets);
  const current = useAppState((s) => s.datasetId);
  const { diff, diffBusy, diffError } = useAppState(systemOf);
  const diffWith = useAppState((s) => s.diffWith);
  const others = datasets.filter((d) => d.id !== current);
  const [other, setOther] = useState(others[0]?.id ?? '');
  return (
    <section data-testid="system-diff">
      <p className="muted">{t('system.diff.intro')}</p>
      <div className="control-row">
        <label>{t('system.diff.other')} <select value={other} onChange={(e) => setOther(e.target.value)} data-testid="diff-other">
          {others.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
        </select></label>
        <button type="button" disabled={!other || diffBusy} onClick={() => void diffWith(other)} data-testid="diff-run">{t('system.diff.run')}</button>
        {diff && <button type="button" onClick={() => void diffWith(null)} data-testid="diff-clear">{t('system.clearGraph')}</button>}
      </div>
      {diffError && <p role="alert">{formatMessage(t, diffError)}</p>}
      {diff && (
        <>
          <p data-testid="diff-summary">
            <span className="diff-added">{t('system.diff.added', { n: formatNumber(lang, diff.links.added.length) })}</span>{' · '}
            <span className="diff-removed">{t('system.diff.removed', { n: formatNumber(lang, diff.links.removed.length) })}</span>{' · '}
            {t('system.diff.changed', { n: formatNumber(lang, diff.links.changed.length) })}
          </p>
          <table className="robust-table" data-testid="diff-ranks">
            <caption className="muted">{t('system.diff.ranksCaption')}</caption>
            <thead><tr><th>{t('system.code')}</th><th>{t('system.diff.before')}</th><th>{t('system.diff.after')}</th></tr></thead>
            <tbody>
              {diff.ranks.slice(0, SHOWN).map((r) => (
                <tr key={r.code}><td>{r.code}</td><td>{r.before ?? t('system.diff.new')}</td><td>{r.after}{r.before !== null && <span className={r.after < r.before ? 'diff-added' : 'diff-removed'}> {r.after < r.before ? '↑' : '↓'}{Math.abs(r.after - r.before)}</span>}</td></tr>
              ))}
            </tbody>
          </table>
          {diff.ranks.length > SHOWN && <p className="muted">{t('system.moreNotShown', { n: diff.ranks.length - SHOWN })}</p>}
        </>
      )}
    </section>
  );
}
