import { useState } from 'react';
import { useAppState } from '../../state/store-context.tsx';
import { nodeTitle } from '../../state/selectors.ts';
import { formatNumber, useT } from '../i18n.ts';

/** Greedy portfolio: which k indicators together reach the most others within `depth` steps. */
export default function PortfolioPanel() {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const portfolio = useAppState((s) => s.portfolio);
  const runPortfolio = useAppState((s) => s.runPortfolio);
  const setView = useAppState((s) => s.setView);
  const [k, setK] = useState(5);
  const t = useT();
  const [depth, setDepth] = useState(1);
  if (!graph) return null;
  const curve = portfolio?.coverageCurve ?? [];
  const W = 300;
  const H = 120;
  const n = portfolio?.nodes ?? graph.order;
  const sx = (i: number) => 28 + (curve.length > 1 ? (i / (curve.length - 1)) * (W - 40) : 0);
  const sy = (v: number) => H - 20 - (v / n) * (H - 30);
  return (
    <div className="portfolio" data-testid="portfolio-panel">
      <p className="muted">{t('portfolio.intro')}</p>
      <div className="control-row">
        <label>k <input type="number" min={1} max={50} value={k} onChange={(e) => setK(Math.max(1, Math.min(50, Number(e.target.value) || 1)))} data-testid="portfolio-k" /></label>
        <label>{t('portfolio.depth')} <select value={depth} onChange={(e) => setDepth(Number(e.target.value))} data-testid="portfolio-depth">{[1, 2, 3].map((d) => <option key={d}>{d}</option>)}</select></label>
        <button type="button" onClick={() => runPortfolio(k, depth)} data-testid="portfolio-run">{t('portfolio.compute')}</button>
      </div>
      {portfolio && (
        <>
          <table className="portfolio-table" data-testid="portfolio-picks">
            <thead><tr><th>#</th><th>{t('portfolio.pick')}</th><th>{t('portfolio.gain')}</th><th>{t('portfolio.covered')}</th></tr></thead>
            <tbody>
              {portfolio.picks.map((p, i) => (
                <tr key={p.code}>
                  <td>{i + 1}</td>
                  <td><button type="button" className="link" title={nodeTitle(graph, p.code, lang)} onClick={() => setView({ select: [p.code] })}><strong>{p.code}</strong></button></td>
                  <td>+{p.gain}</td>
                  <td>{formatNumber(lang, p.coverage)} ({formatNumber(lang, p.coverage / n, { style: 'percent' })})</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => setView({ select: portfolio.picks.map((p) => p.code), depth, direction: 'out' })}>{t('portfolio.highlightAll')}</button>
          <figure className="chart">
            <figcaption>{t('portfolio.curve')}</figcaption>
            <svg width={W} height={H} role="img" aria-label={t('portfolio.curveLabel')} data-testid="coverage-curve">
              <line x1={28} x2={W - 12} y1={H - 20} y2={H - 20} stroke="#5b6470" />
              <line x1={28} x2={28} y1={10} y2={H - 20} stroke="#5b6470" />
              <polyline fill="none" stroke="#00689d" strokeWidth="2" points={curve.map((v, i) => `${sx(i)},${sy(v)}`).join(' ')} />
              {curve.map((v, i) => <circle key={i} cx={sx(i)} cy={sy(v)} r="3" fill="#00689d"><title>{t('portfolio.pointTitle', { i: i + 1, v, n })}</title></circle>)}
              <text x={4} y={14} fontSize="9">{n}</text>
              <text x={W / 2} y={H - 4} fontSize="9" textAnchor="middle">{t('portfolio.picks', { n: curve.length })}</text>
            </svg>
          </figure>
        </>
      )}
    </div>
  );
}
