/** The MICMAC plane: dependence across, influence up, the four sectors split at the means; a click selects. */
import { useEffect, useState } from 'react';
import { useAppState } from '../../../state/store-context.tsx';
import { systemOf } from '../../../state/slices/system.ts';
import { useT } from '../../i18n.ts';

const W = 320;
const H = 260;
const PAD = 28;

export function MicmacSection() {
  const t = useT();
  const { micmac } = useAppState(systemOf);
  const computeMicmac = useAppState((s) => s.computeMicmac);
  const setView = useAppState((s) => s.setView);
  const select = useAppState((s) => s.view.select);
  const [mode, setMode] = useState<'direct' | 'indirect'>('indirect');
  useEffect(() => { if (!micmac) computeMicmac(); }, [micmac, computeMicmac]);
  if (!micmac) return null;
  const pts = micmac.rows.map((r) => ({
    code: r.code,
    x: mode === 'direct' ? r.directDependence : r.indirectDependence,
    y: mode === 'direct' ? r.directInfluence : r.indirectInfluence,
    sector: mode === 'direct' ? r.directSector : r.sector,
  }));
  const maxX = Math.max(1e-9, ...pts.map((p) => p.x));
  const maxY = Math.max(1e-9, ...pts.map((p) => p.y));
  const mean = pts.reduce((s, p) => s + p.x, 0) / Math.max(1, pts.length);
  const sx = (v: number) => PAD + (v / maxX) * (W - PAD - 8);
  const sy = (v: number) => H - PAD - (v / maxY) * (H - PAD - 8);
  const top = micmac.rows.filter((r) => (mode === 'direct' ? r.directSector : r.sector) === 'influential').slice(0, 8);
  return (
    <section data-testid="system-micmac">
      <p className="muted">{t('system.micmac.intro', { k: micmac.power })}</p>
      <div className="control-row" role="group">
        {(['direct', 'indirect'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)} data-testid={`micmac-${m}`}>{t(`system.micmac.${m}`)}</button>
        ))}
      </div>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-label={t('system.micmac.plotLabel')} data-testid="micmac-plot" data-mode={mode} className="micmac-plot">
        <line x1={PAD} x2={W - 8} y1={H - PAD} y2={H - PAD} stroke="#5b6470" />
        <line x1={PAD} x2={PAD} y1={8} y2={H - PAD} stroke="#5b6470" />
        <line x1={sx(mean)} x2={sx(mean)} y1={8} y2={H - PAD} stroke="#9aa3ad" strokeDasharray="4 3" />
        <line x1={PAD} x2={W - 8} y1={sy(mean)} y2={sy(mean)} stroke="#9aa3ad" strokeDasharray="4 3" />
        <text x={PAD + 4} y={18} fontSize="10" className="sector-label">{t('system.sector.influential')}</text>
        <text x={W - 10} y={18} fontSize="10" textAnchor="end" className="sector-label">{t('system.sector.relay')}</text>
        <text x={PAD + 4} y={H - PAD - 6} fontSize="10" className="sector-label">{t('system.sector.autonomous')}</text>
        <text x={W - 10} y={H - PAD - 6} fontSize="10" textAnchor="end" className="sector-label">{t('system.sector.dependent')}</text>
        <text x={W / 2} y={H - 6} fontSize="10" textAnchor="middle">{t('system.micmac.dependence')}</text>
        <text x={10} y={H / 2} fontSize="10" textAnchor="middle" transform={`rotate(-90 10 ${H / 2})`}>{t('system.micmac.influence')}</text>
        {pts.map((p) => (
          <circle key={p.code} cx={sx(p.x)} cy={sy(p.y)} r={select.includes(p.code) ? 6 : 3.5} className={`micmac-point sector-${p.sector}${select.includes(p.code) ? ' selected' : ''}`}
            data-testid="micmac-point" data-code={p.code} onClick={() => setView({ select: [p.code] })}>
            <title>{`${p.code} — ${t(`system.sector.${p.sector}`)}`}</title>
          </circle>
        ))}
      </svg>
      <p className="muted">{t('system.micmac.topInfluential')}</p>
      <ol className="system-list">{top.map((r) => <li key={r.code}><button type="button" className="link" onClick={() => setView({ select: [r.code] })}>{r.code}</button>{mode === 'indirect' && r.displacement !== 0 && <span className="muted"> ({r.displacement > 0 ? '↑' : '↓'}{Math.abs(r.displacement)})</span>}</li>)}</ol>
    </section>
  );
}
