import { useState } from 'react';
import { useAppState } from '../../state/store-context.tsx';
import { nodeTitle } from '../../state/selectors.ts';
import { formatNumber, useT } from '../i18n.ts';
import { ClassShape } from '../ClassShape.tsx';
import { MAX_PORTFOLIO_K } from '../../state/view.ts';



/** k as typed: a whole number from 1 to MAX_PORTFOLIO_K, or null (the field says why instead of guessing a number). */
function parseK(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const k = Number(text);
  return k >= 1 && k <= MAX_PORTFOLIO_K ? k : null;
}

/** Greedy portfolio: which k indicators together reach the most others within `depth` steps. */
export default function PortfolioPanel() {
  const graph = useAppState((s) => s.graph);
  const lang = useAppState((s) => s.lang);
  const portfolio = useAppState((s) => s.portfolio);
  const classes = useAppState((s) => s.classes);
  const runPortfolio = useAppState((s) => s.runPortfolio);
  const setView = useAppState((s) => s.setView);
  // Text, not a number: clearing the field must leave it empty (and say so), not turn it into 1.
  const [kText, setKText] = useState(String(portfolio?.k ?? 5));
  const t = useT();
  const [depth, setDepth] = useState(portfolio?.depth ?? 1);
  if (!graph) return null;
  const k = parseK(kText);
  const curve = portfolio?.coverageCurve ?? [];
  const W = 300;
  const H = 120;
  const n = portfolio?.nodes ?? graph.order;
  const sx = (i: number) => 28 + (curve.length > 1 ? (i / (curve.length - 1)) * (W - 40) : 0);
  const sy = (v: number) => H - 20 - (v / n) * (H - 30);
  return (
    <div className="portfolio" data-testid="portfolio-panel">
      <p className="muted" data-testid="portfolio-intro">{t('portfolio.intro')}</p>
      <div className="control-row">
        <label>k <input type="number" min={1} max={MAX_PORTFOLIO_K} value={kText} aria-invalid={k === null} onChange={(e) => setKText(e.target.value)} data-testid="portfolio-k" /></label>
        <label>{t('portfolio.depth')} <select value={depth} onChange={(e) => setDepth(Number(e.target.value))} data-testid="portfolio-depth">{[1, 2, 3].map((d) => <option key={d}>{d}</option>)}</select></label>
        <button type="button" disabled={k === null} onClick={() => k !== null && runPortfolio(k, depth)} data-testid="portfolio-run">{t('portfolio.compute')}</button>
      </div>
      {k === null && <p className="field-problem" role="alert" data-testid="portfolio-k-problem">{t('panels.kInvalid', { max: MAX_PORTFOLIO_K })}</p>}
      {portfolio && (
        <>
          {portfolio.saturated && (
            <p className="notice" data-testid="portfolio-saturated">{t('panels.saturated', { k: portfolio.k, n: portfolio.picks.length })}</p>
          )}
          <table className="portfolio-table" data-testid="portfolio-picks">
            {/* Fixed widths: the title takes what is left and ellipsises; headers keep their full word on hover. */}
            <colgroup><col style={{ width: 24 }} /><col style={{ width: 64 }} /><col /><col style={{ width: 22 }} /><col style={{ width: 44 }} /><col style={{ width: 84 }} /></colgroup>
            <thead><tr>
              <th>#</th><th title={t('panels.code')}>{t('panels.code')}</th><th title={t('panels.title')}>{t('panels.title')}</th>
              <th title={t('panels.class')} aria-label={t('panels.class')}>◇</th><th title={t('portfolio.gain')}>{t('portfolio.gain')}</th><th title={t('portfolio.covered')}>{t('portfolio.covered')}</th>
            </tr></thead>
            <tbody>
              {portfolio.picks.map((p, i) => {
                const title = nodeTitle(graph, p.code, lang);
                const cls = classes[p.code];
                return (
                  <tr key={p.code} data-code={p.code}>
                    <td>{i + 1}</td>
                    <td><button type="button" className="link" title={title} onClick={() => setView({ select: [p.code] })}><strong>{p.code}</strong></button></td>
                    <td className="title-cell" title={title}>{title}</td>
                    <td className="class-cell" title={cls ? t(`classes.${cls}`) : undefined}>{cls && <ClassShape cls={cls} />}</td>
                    <td>+{p.gain}</td>
                    <td>{formatNumber(lang, p.coverage)} ({formatNumber(lang, p.coverage / n, { style: 'percent' })})</td>
                  </tr>
                );
              })}
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
