/**
 * Influence (out-degree: how many indicators a node moves) and reverse influence (in-degree: how many
 * move it). Counts links, not distinct neighbours; an `undirected` link counts in both directions.
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { toAdjacency, toRecord, type Adjacency } from '../graph/adjacency.ts';
import { defineMetric } from './descriptor.ts';

function degrees(adj: Adjacency, offsets: Int32Array): Record<string, number> {
  const n = adj.codes.length;
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = offsets[i + 1] - offsets[i];
  return toRecord(adj, values);
}

export function outDegree(graph: InterlinkageGraph, adj: Adjacency = toAdjacency(graph)): Record<string, number> {
  return degrees(adj, adj.outOffsets);
}

export function inDegree(graph: InterlinkageGraph, adj: Adjacency = toAdjacency(graph)): Record<string, number> {
  return degrees(adj, adj.inOffsets);
}

export const outMetric = defineMetric({
  id: 'out', labelKey: 'metrics.out', shortLabelKey: 'shortMetrics.out', cliRank: true,
  compute: (ctx) => degrees(ctx.adjacency, ctx.adjacency.outOffsets),
});

export const inMetric = defineMetric({
  id: 'in', labelKey: 'metrics.in', shortLabelKey: 'shortMetrics.in', cliRank: true,
  compute: (ctx) => degrees(ctx.adjacency, ctx.adjacency.inOffsets),
});
