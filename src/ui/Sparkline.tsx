import type { TimeSeries } from '../core/model/types.ts';
import { useT } from './i18n.ts';

/**
 * National time series as a small inline SVG line; the latest point is marked. The years sit in their own
 * band below the line (AXIS px), so the first year never overlaps a low first value.
 */
export function Sparkline({ series, width = 220, height = 56 }: { series: TimeSeries; width?: number; height?: number }) {
  const t = useT();
  const pts = series.points;
  if (pts.length < 2) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const pad = 4;
  const AXIS = 12;
  const sx = (x: number) => pad + ((x - x0) / (x1 - x0 || 1)) * (width - 2 * pad);
  const sy = (y: number) => height - AXIS - pad - ((y - y0) / (y1 - y0 || 1)) * (height - AXIS - 2 * pad);
  const d = pts.map((p, i) => `${i ? 'L' : 'M'}${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`).join('');
  const last = pts[pts.length - 1];
  return (
    <svg className="sparkline" width={width} height={height} role="img" aria-label={t('charts.series', { from: x0, to: x1 })} data-testid="sparkline">
      <path d={d} fill="none" stroke="#00689d" strokeWidth="1.5" />
      <circle cx={sx(last[0])} cy={sy(last[1])} r="3" fill="#00689d" />
      <line x1={pad} x2={width - pad} y1={height - AXIS} y2={height - AXIS} stroke="#d9dde3" />
      <text x={pad} y={height - 2} fontSize="9" fill="#5b6470">{x0}</text>
      <text x={width - pad} y={height - 2} fontSize="9" fill="#5b6470" textAnchor="end">{x1}</text>
    </svg>
  );
}
