/** Propagation: pick X; the graph colours nodes by the sign and size of X's total effect; top positive and negative lists. */
import { useState } from 'react';
import { useAppState } from '../../../state/store-context.tsx';
import { systemOf } from '../../../state/slices/system.ts';
import { formatNumber, useT } from '../../i18n.ts';
import type { Effect } from '../../../core/analysis/propagation.ts';

const TOP = 8;

export function PropagationSection() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const graph = useAppState((s) => s.graph);
  const { propagation } = useAppState(systemOf);
  const propagateFrom = useAppState((s) => s.propagateFrom);
  const select = useAppState((s) => s.view.select);
  const setView = useAppState((s) => s.setView);
  const [code, setCode] = useState(select[0] ?? '');
  const known = !!graph && graph.hasNode(code.trim());
  const effects = propagation?.effects.filter((e) => e.code !== propagation.code) ?? [];
  const list = (items: Effect[], id: string) => (
    <ol className="system-list" data-testid={id}>
      {items.slice(0, TOP).map((e) => (
        <li key={e.code}><button type="button" className="link" onClick={() => setView({ select: [e.code] })}>{e.code}</button> {formatNumber(lang, e.total, { maximumSignificantDigits: 3 })}</li>
      ))}
    </ol>
  );
  return (
    <section data-testid="system-propagation">
      <p className="muted">{t('system.propagation.intro')}</p>
      <div className="control-row">
        <label>{t('system.propagation.from')} <input value={code} onChange={(e) => setCode(e.target.value)} size={9} data-testid="propagation-code" /></label>
        {select[0] && <button type="button" onClick={() => { setCode(select[0]); propagateFrom(select[0]); }} data-testid="propagation-selected">{t('system.propagation.useSelected')}</button>}
        <button type="button" disabled={!known} onClick={() => propagateFrom(code.trim())} data-testid="propagation-run">{t('system.propagation.run')}</button>
        {propagation && <button type="button" onClick={() => propagateFrom(null)} data-testid="propagation-clear">{t('system.clearGraph')}</button>}
      </div>
      {propagation && (
        <>
          <p className="muted" data-testid="propagation-alpha">{t('system.propagation.alpha', { code: propagation.code, alpha: formatNumber(lang, propagation.alpha, { maximumSignificantDigits: 3 }), rho: formatNumber(lang, propagation.spectralRadius, { maximumSignificantDigits: 3 }) })}</p>
          <div className="system-columns">
            <div><h4 className="effect-pos">{t('system.propagation.positive')}</h4>{list(effects.filter((e) => e.total > 0), 'propagation-positive')}</div>
            <div><h4 className="effect-neg">{t('system.propagation.negative')}</h4>{list(effects.filter((e) => e.total < 0), 'propagation-negative')}</div>
          </div>
        </>
      )}
    </section>
  );
}
