/** Feedback loops: filter by polarity and node; a click draws the loop on the graph with its arrows. */
import { useEffect, useMemo, useState } from 'react';
import { useAppState } from '../../../state/store-context.tsx';
import { systemOf } from '../../../state/slices/system.ts';
import { formatNumber, useT } from '../../i18n.ts';

const SHOWN = 200;
type Polarity = 'all' | 'reinforcing' | 'balancing';

export function LoopsSection() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const { loops, loop: shown, loopsBusy } = useAppState(systemOf);
  const computeLoops = useAppState((s) => s.computeLoops);
  const showLoop = useAppState((s) => s.showLoop);
  const [polarity, setPolarity] = useState<Polarity>('all');
  const [node, setNode] = useState('');
  useEffect(() => { if (!loops && !loopsBusy) computeLoops(); }, [loops, loopsBusy, computeLoops]);
  const list = useMemo(() => {
    const q = node.trim();
    return (loops?.loops ?? []).filter((l) => (polarity === 'all' || l.polarity === polarity) && (!q || l.nodes.includes(q)));
  }, [loops, polarity, node]);
  return (
    <section data-testid="system-loops">
      <p className="muted">{t('system.loops.intro')}</p>
      <div className="control-row">
        <label>{t('system.loops.maxLength')} <select value={loops?.maxLength ?? 4} onChange={(e) => computeLoops(Number(e.target.value))} data-testid="loops-max-length">{[2, 3, 4, 5, 6].map((n) => <option key={n} value={n}>{n}</option>)}</select></label>
        <label>{t('system.loops.polarity')} <select value={polarity} onChange={(e) => setPolarity(e.target.value as Polarity)} data-testid="loops-polarity">
          {(['all', 'reinforcing', 'balancing'] as const).map((p) => <option key={p} value={p}>{t(`system.loops.${p}`)}</option>)}
        </select></label>
        <label>{t('system.loops.node')} <input value={node} onChange={(e) => setNode(e.target.value)} size={8} data-testid="loops-node" /></label>
      </div>
      {loopsBusy && <p role="status">{t('system.busy')}</p>}
      {loops && (
        <p data-testid="loops-count">
          {t('system.loops.count', { n: formatNumber(lang, list.length), total: formatNumber(lang, loops.count) })}
          {loops.truncated && ` ${t('system.loops.truncated')}`}
        </p>
      )}
      {shown && <button type="button" onClick={() => showLoop(null)} data-testid="loops-clear">{t('system.clearGraph')}</button>}
      <ol className="system-list" data-testid="loops-list">
        {list.slice(0, SHOWN).map((l) => {
          const key = l.nodes.join('>');
          const active = shown?.nodes.join('>') === key;
          return (
            <li key={key}>
              <button type="button" className={`loop loop-${l.polarity}`} aria-pressed={active} onClick={() => showLoop(active ? null : l)} data-testid="loop-item">
                <span className="loop-polarity" title={t(`system.loops.${l.polarity}`)}>{l.polarity === 'reinforcing' ? 'R' : 'B'}</span>{' '}
                {[...l.nodes, l.nodes[0]].join(' → ')}
              </button>
            </li>
          );
        })}
      </ol>
      {list.length > SHOWN && <p className="muted">{t('system.moreNotShown', { n: list.length - SHOWN })}</p>}
    </section>
  );
}
