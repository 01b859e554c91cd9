import { useT } from '../../i18n.ts';

interface Series { code: string; points: [number, number][] }

const COLOURS = ['#00689d', '#d35400'] as const;

/**
 * The two national series over their common years, each scaled to its own range (their units differ,
 * so only the shapes can be compared — which is what rho measures).
 */
export function SeriesPairChart({ a, b, years, width = 260, height = 90 }: { a: Series; b: Series; years?: number[]; width?: number; height?: number }) {
  const t = useT();
  const keep = years ? new Set(years) : null;
  const all = [a, b].map((s) => s.points.filter(([y]) => !keep || keep.has(y)));
  const xs = all.flat().map((p) => p[0]);
  if (xs.length < 2) return null;
  const x0 = Math.min(...xs), x1 = Math.max(...xs);
  const pad = 6;
  const sx = (x: number) => pad + ((x - x0) / (x1 - x0 || 1)) * (width - 2 * pad);
  const paths = all.map((pts) => {
    const vs = pts.map((p) => p[1]);
    const lo = Math.min(...vs), hi = Math.max(...vs);
    const sy = (v: number) => height - 14 - ((v - lo) / (hi - lo || 1)) * (height - 14 - pad);
    return pts.map((p, i) => `${i ? 'L' : 'M'}${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`).join('');
  });
  return (
    <figure className="evidence-chart">
      <svg width={width} height={height} role="img" aria-label={t('evidence.comove.chart', { a: a.code, b: b.code, from: x0, to: x1 })} data-testid="comove-chart">
        {paths.map((d, i) => <path key={i} d={d} fill="none" stroke={COLOURS[i]} strokeWidth="1.8" strokeDasharray={i ? '4 2' : undefined} />)}
        <text x={pad} y={height - 2} fontSize="10" fill="#5b6470">{x0}</text>
        <text x={width - pad} y={height - 2} fontSize="10" fill="#5b6470" textAnchor="end">{x1}</text>
      </svg>
      <figcaption className="muted">
        <span style={{ color: COLOURS[0] }}>━ {a.code}</span> <span style={{ color: COLOURS[1] }}>╍ {b.code}</span> · {t('evidence.comove.scaled')}
      </figcaption>
    </figure>
  );
}
