/**
 * First- and second-order influence after Weitz et al. (2018, Sustainability Science 13:531):
 *   first(i)  = Σ_j s_ij                 (net direct influence; synergies minus trade-offs)
 *   second(i) = ½ Σ_j s_ij · first(j)     (what i's direct targets pass on, discounted by half)
 *   total(i)  = first(i) + second(i)
 * A trade-off on a node that itself has negative influence counts positively in second(i), as in the paper.
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { toAdjacency, toRecord, type Adjacency } from '../graph/adjacency.ts';
import { defineMetric } from './descriptor.ts';

export function firstOrderArray(adj: Adjacency): Float64Array {
  const n = adj.codes.length;
  const first = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = adj.outOffsets[i]; k < adj.outOffsets[i + 1]; k++) sum += adj.outScores[k];
    first[i] = sum;
  }
  return first;
}

export function secondOrderArray(adj: Adjacency, first: Float64Array = firstOrderArray(adj)): Float64Array {
  const n = adj.codes.length;
  const second = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = adj.outOffsets[i]; k < adj.outOffsets[i + 1]; k++) sum += adj.outScores[k] * first[adj.outTargets[k]];
    second[i] = sum / 2;
  }
  return second;
}

export function firstOrderInfluence(graph: InterlinkageGraph, adj: Adjacency = toAdjacency(graph)): Record<string, number> {
  return toRecord(adj, firstOrderArray(adj));
}

export function secondOrderInfluence(graph: InterlinkageGraph, adj: Adjacency = toAdjacency(graph)): Record<string, number> {
  return toRecord(adj, secondOrderArray(adj));
}

/** @internal exported for its unit test */
export function totalInfluence(graph: InterlinkageGraph, adj: Adjacency = toAdjacency(graph)): Record<string, number> {
  const first = firstOrderArray(adj);
  const second = secondOrderArray(adj, first);
  return toRecord(adj, first.map((f, i) => f + second[i]));
}

export const firstMetric = defineMetric({
  id: 'first', labelKey: 'metrics.first', cliRank: true, compute: (ctx) => ctx.record(ctx.first),
});

export const secondMetric = defineMetric({
  id: 'second', labelKey: 'metrics.second', cliRank: true, compute: (ctx) => ctx.record(ctx.second),
});

export const totalMetric = defineMetric({
  id: 'total', labelKey: 'metrics.total', shortLabelKey: 'shortMetrics.total', cliRank: true,
  compute: (ctx) => ctx.record(ctx.first.map((f, i) => f + ctx.second[i])),
});
