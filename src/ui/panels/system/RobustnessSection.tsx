/** Robustness: each top node's 5–95 % rank interval as a bar with its median; robust accelerators badged. Runs in the worker with Stop. */
import { useState } from 'react';
import { useAppState } from '../../../state/store-context.tsx';
import { systemOf } from '../../../state/slices/system.ts';
import { formatNumber, useT } from '../../i18n.ts';
import { formatMessage } from '../../messages.ts';

const METRICS = ['out', 'total', 'pagerank'] as const;
const TOP = 20;

export function RobustnessSection() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const { robustness: result, robustnessBusy: busy, robustnessError: error } = useAppState(systemOf);
  const run = useAppState((s) => s.runRobustness);
  const stop = useAppState((s) => s.stopRobustness);
  const setView = useAppState((s) => s.setView);
  const [metric, setMetric] = useState<(typeof METRICS)[number]>('out');
  const [runs, setRuns] = useState(1000);
  const [drop, setDrop] = useState(0.1);
  const [jitter, setJitter] = useState(0);
  const rows = result?.rows.slice(0, TOP) ?? [];
  const scale = Math.max(TOP, ...rows.map((r) => r.rankHigh));
  return (
    <section data-testid="system-robustness">
      <p className="muted">{t('system.robustness.intro')}</p>
      <div className="control-row">
        <label>{t('system.robustness.metric')} <select value={metric} onChange={(e) => setMetric(e.target.value as typeof metric)} data-testid="robustness-metric">
          {METRICS.map((m) => <option key={m} value={m}>{t(`system.robustness.metrics.${m}`)}</option>)}
        </select></label>
        <label>{t('system.robustness.runs')} <input type="number" min={10} max={10000} step={10} value={runs} onChange={(e) => setRuns(Math.max(10, Math.min(10000, Number(e.target.value) || 10)))} data-testid="robustness-runs" /></label>
        <label>{t('system.robustness.drop')} <input type="number" min={0} max={0.9} step={0.05} value={drop} onChange={(e) => setDrop(Math.max(0, Math.min(0.9, Number(e.target.value) || 0)))} data-testid="robustness-drop" /></label>
        <label>{t('system.robustness.jitter')} <input type="number" min={0} max={1} step={0.05} value={jitter} onChange={(e) => setJitter(Math.max(0, Math.min(1, Number(e.target.value) || 0)))} data-testid="robustness-jitter" /></label>
      </div>
      <div className="control-row">
        {busy
          ? <button type="button" onClick={stop} data-testid="robustness-stop">{t('system.stop')}</button>
          : <button type="button" onClick={() => void run({ metric, runs, drop, jitter, seed: '1', top: TOP })} data-testid="robustness-run">{t('system.robustness.run')}</button>}
        {busy && <progress max={busy.runs} value={busy.done} data-testid="robustness-progress" aria-label={t('system.robustness.progress', { done: busy.done, runs: busy.runs })} />}
      </div>
      {error && <p role="alert">{formatMessage(t, error)}</p>}
      {result && (
        <>
          <p className="muted" data-testid="robustness-summary">{t('system.robustness.summary', { runs: formatNumber(lang, result.runs), drop: result.drop, jitter: result.jitter, metric: t(`system.robustness.metrics.${result.metric}`) })}</p>
          <table className="robust-table" data-testid="robustness-table">
            <thead><tr><th>#</th><th>{t('system.code')}</th><th>{t('system.robustness.interval')}</th><th>{t('system.robustness.inTop', { k: result.top })}</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code}>
                  <td>{r.rank}</td>
                  <td><button type="button" className="link" onClick={() => setView({ select: [r.code] })}>{r.code}</button>{r.robust && <span className="badge robust-badge" data-testid="robust-badge"> {t('system.robust')}</span>}</td>
                  <td>
                    <svg width={120} height={12} role="img" aria-label={`${r.rankLow}–${r.rankHigh}`}>
                      <rect x={(120 * (r.rankLow - 1)) / scale} width={Math.max(2, (120 * (r.rankHigh - r.rankLow + 1)) / scale)} y={3} height={6} fill="#7fb2d0" />
                      <rect x={(120 * (r.medianRank - 1)) / scale} width={2} y={0} height={12} fill="#00476b" />
                    </svg>
                    <span className="muted"> {r.rankLow}–{r.rankHigh}</span>
                  </td>
                  <td>{formatNumber(lang, r.topShare, { style: 'percent' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
