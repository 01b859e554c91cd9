/**
 * Reach: how many distinct other nodes lie within k steps (out = nodes this one can move, directly or
 * through intermediaries; in = nodes that can move this one). The node itself is not counted, even when
 * a cycle leads back to it.
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { toAdjacency, toRecord, type Adjacency } from '../graph/adjacency.ts';
import { BoundedBfs } from '../graph/bfs.ts';
import { defineMetric } from './descriptor.ts';

/** reach[k-1][i] = nodes within k steps of node i, for k = 1..maxK, from one BFS per node. */
export function reachProfile(adj: Adjacency, maxK: number, direction: 'out' | 'in'): Int32Array[] {
  const n = adj.codes.length;
  const profile = Array.from({ length: maxK }, () => new Int32Array(n));
  const bfs = new BoundedBfs(adj);
  const source = new Int32Array(1);
  for (let i = 0; i < n; i++) {
    source[0] = i;
    const counts = bfs.run(source, maxK, direction);
    let cumulative = 0;
    for (let k = 1; k <= maxK; k++) {
      cumulative += counts[k];
      profile[k - 1][i] = cumulative;
    }
  }
  return profile;
}

/** @internal exported for its unit test */
export function reach(
  graph: InterlinkageGraph, k: number, direction: 'out' | 'in' = 'out', adj: Adjacency = toAdjacency(graph),
): Record<string, number> {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`reach: k must be a positive integer, got ${k}`);
  return toRecord(adj, reachProfile(adj, k, direction)[k - 1]);
}

// Both profiles come from the run's context: one BFS per node and direction gives all three steps.
export const reach1Metric = defineMetric({
  id: 'reach1', labelKey: 'metrics.reach1', cliRank: false, compute: (ctx) => ctx.record(ctx.reachProfile('out')[0]),
});

export const reach2Metric = defineMetric({
  id: 'reach2', labelKey: 'metrics.reach2', shortLabelKey: 'shortMetrics.reach2', cliRank: true,
  compute: (ctx) => ctx.record(ctx.reachProfile('out')[1]),
});

export const reach3Metric = defineMetric({
  id: 'reach3', labelKey: 'metrics.reach3', cliRank: false, compute: (ctx) => ctx.record(ctx.reachProfile('out')[2]),
});

export const reachIn1Metric = defineMetric({
  id: 'reachIn1', labelKey: 'metrics.reachIn1', cliRank: false, compute: (ctx) => ctx.record(ctx.reachProfile('in')[0]),
});

export const reachIn2Metric = defineMetric({
  id: 'reachIn2', labelKey: 'metrics.reachIn2', cliRank: false, compute: (ctx) => ctx.record(ctx.reachProfile('in')[1]),
});

export const reachIn3Metric = defineMetric({
  id: 'reachIn3', labelKey: 'metrics.reachIn3', cliRank: false, compute: (ctx) => ctx.record(ctx.reachProfile('in')[2]),
});
