/**
 * Weighted degree. Scores are signed (negative = trade-off), so a plain sum would let synergies and
 * trade-offs cancel out; `all` is the magnitude Σ|s| ("how much is going on"), `positive` is Σ of the
 * positive scores and `negative` the magnitude Σ|s| of the negative ones (non-negative, so that rank 1
 * is always "most"). The signed net sum is first-order influence (influence-order.ts).
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { toAdjacency, toRecord, type Adjacency } from '../graph/adjacency.ts';
import { defineMetric } from './descriptor.ts';

export type StrengthSign = 'all' | 'positive' | 'negative';

function strength(adj: Adjacency, offsets: Int32Array, scores: Float64Array, sign: StrengthSign): Record<string, number> {
  const n = adj.codes.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const s = scores[k];
      if (sign === 'all') sum += Math.abs(s);
      else if (sign === 'positive' ? s > 0 : s < 0) sum += Math.abs(s);
    }
    values[i] = sum;
  }
  return toRecord(adj, values);
}

export function outStrength(graph: InterlinkageGraph, sign: StrengthSign = 'all', adj: Adjacency = toAdjacency(graph)): Record<string, number> {
  return strength(adj, adj.outOffsets, adj.outScores, sign);
}

export function inStrength(graph: InterlinkageGraph, sign: StrengthSign = 'all', adj: Adjacency = toAdjacency(graph)): Record<string, number> {
  return strength(adj, adj.inOffsets, adj.inScores, sign);
}

export const outStrengthMetric = defineMetric({
  id: 'outStrength', labelKey: 'metrics.outStrength', shortLabelKey: 'shortMetrics.outStrength', cliRank: true,
  compute: (ctx) => outStrength(ctx.graph, 'all', ctx.adjacency),
});

export const outPositiveMetric = defineMetric({
  id: 'outPositive', labelKey: 'metrics.outPositive', cliRank: false,
  compute: (ctx) => outStrength(ctx.graph, 'positive', ctx.adjacency),
});

export const outNegativeMetric = defineMetric({
  id: 'outNegative', labelKey: 'metrics.outNegative', cliRank: false,
  compute: (ctx) => outStrength(ctx.graph, 'negative', ctx.adjacency),
});

export const inStrengthMetric = defineMetric({
  id: 'inStrength', labelKey: 'metrics.inStrength', shortLabelKey: 'shortMetrics.inStrength', cliRank: true,
  compute: (ctx) => inStrength(ctx.graph, 'all', ctx.adjacency),
});

export const inPositiveMetric = defineMetric({
  id: 'inPositive', labelKey: 'metrics.inPositive', cliRank: false,
  compute: (ctx) => inStrength(ctx.graph, 'positive', ctx.adjacency),
});

export const inNegativeMetric = defineMetric({
  id: 'inNegative', labelKey: 'metrics.inNegative', cliRank: false,
  compute: (ctx) => inStrength(ctx.graph, 'negative', ctx.adjacency),
});
