import { useMemo } from 'react';
import { useAppState } from '../../state/store-context.tsx';
import { DEFAULT_CLASS_THRESHOLDS, degreeHistogram, goalColours } from '../../state/selectors.ts';
import { useT } from '../i18n.ts';

const W = 300;
const H = 200;
const PAD = 28;

/** Influence vs reverse influence; the Review's 20/20 cut splits it into the four classes. */
export function InfluenceScatter() {
  const graph = useAppState((s) => s.graph);
  const catalogue = useAppState((s) => s.catalogue);
  const select = useAppState((s) => s.view.select);
  const selectNode = useAppState((s) => s.selectNode);
  const tr = useT();
  const points = useMemo(() => {
    if (!graph) return [];
    const colours = goalColours(catalogue);
    return graph.mapNodes((code, a) => ({ code, out: graph.outDegree(code), in: graph.inDegree(code), color: (a.goal && colours.get(a.goal)) || '#8a8f98' }));
  }, [graph, catalogue]);
  if (!graph) return null;
  const maxX = Math.max(1, ...points.map((p) => p.out));
  const maxY = Math.max(1, ...points.map((p) => p.in));
  const sx = (v: number) => PAD + (v / maxX) * (W - PAD - 8);
  const sy = (v: number) => H - PAD - (v / maxY) * (H - PAD - 8);
  const t = DEFAULT_CLASS_THRESHOLDS;
  const chosen = new Set(select);
  return (
    <figure className="chart">
      <figcaption>{tr('charts.scatter')}</figcaption>
      <svg width={W} height={H} role="img" aria-label={tr('charts.scatterLabel')} data-testid="scatter">
        <rect x={sx(t.influenceHigh)} y={8} width={W - 8 - sx(t.influenceHigh)} height={sy(t.reverseHigh) - 8} fill="#eef3f8" />
        <line x1={sx(t.influenceHigh)} x2={sx(t.influenceHigh)} y1={8} y2={H - PAD} stroke="#b8c0cc" strokeDasharray="3 3" />
        <line x1={PAD} x2={W - 8} y1={sy(t.reverseHigh)} y2={sy(t.reverseHigh)} stroke="#b8c0cc" strokeDasharray="3 3" />
        <text x={W - 10} y={H - PAD - 4} textAnchor="end" fontSize="10" fill="#5b6470">{tr('charts.accelerators')}</text>
        <text x={W - 10} y={18} textAnchor="end" fontSize="10" fill="#5b6470">{tr('charts.integrated')}</text>
        <text x={PAD + 4} y={18} fontSize="10" fill="#5b6470">{tr('charts.dependent')}</text>
        <text x={PAD + 4} y={H - PAD - 4} fontSize="10" fill="#5b6470">{tr('charts.low')}</text>
        {points.map((p) => (
          <circle key={p.code} cx={sx(p.out)} cy={sy(p.in)} r={chosen.has(p.code) ? 5 : 2.5} fill={p.color} stroke={chosen.has(p.code) ? '#111' : 'none'} onClick={() => selectNode(p.code)} style={{ cursor: 'pointer' }}>
            <title>{tr('charts.pointTitle', { code: p.code, out: p.out, in: p.in })}</title>
          </circle>
        ))}
        <line x1={PAD} x2={W - 8} y1={H - PAD} y2={H - PAD} stroke="#5b6470" />
        <line x1={PAD} x2={PAD} y1={8} y2={H - PAD} stroke="#5b6470" />
        <text x={W / 2} y={H - 6} textAnchor="middle" fontSize="10">{tr('charts.xAxis', { max: maxX })}</text>
        <text x={10} y={H / 2} textAnchor="middle" fontSize="10" transform={`rotate(-90 10 ${H / 2})`}>{tr('charts.yAxis', { max: maxY })}</text>
      </svg>
    </figure>
  );
}

/** The Review's Figures 12 and 13, recomputed from the data on screen. */
export function DegreeHistogram({ direction }: { direction: 'out' | 'in' }) {
  const graph = useAppState((s) => s.graph);
  const tr = useT();
  const bins = useMemo(() => (graph ? degreeHistogram(graph, direction) : []), [graph, direction]);
  if (!bins.length) return null;
  const max = Math.max(...bins.map((b) => b.count));
  const bw = (W - PAD - 8) / bins.length;
  const title = direction === 'out' ? tr('charts.histOut') : tr('charts.histIn');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg width={W} height={140} role="img" aria-label={title} data-testid={`histogram-${direction}`}>
        {bins.map((b, i) => {
          const h = max ? (b.count / max) * 100 : 0;
          return (
            <g key={b.from}>
              <rect x={PAD + i * bw + 1} y={112 - h} width={Math.max(1, bw - 2)} height={h} fill="#00689d">
                <title>{tr('charts.binTitle', { from: b.from, to: b.to, count: b.count })}</title>
              </rect>
              {b.count > 0 && <text x={PAD + i * bw + bw / 2} y={110 - h} fontSize="8" textAnchor="middle">{b.count}</text>}
            </g>
          );
        })}
        <line x1={PAD} x2={W - 8} y1={112} y2={112} stroke="#5b6470" />
        <text x={PAD} y={124} fontSize="9">0</text>
        <text x={W - 8} y={124} fontSize="9" textAnchor="end">{bins[bins.length - 1].to}</text>
        <text x={W / 2} y={136} fontSize="9" textAnchor="middle">{direction === 'out' ? tr('charts.histAxisOut') : tr('charts.histAxisIn')}</text>
      </svg>
    </figure>
  );
}
