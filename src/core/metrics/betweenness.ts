/**
 * Betweenness centrality (Brandes, via graphology-metrics) on unweighted directed links: how often a node
 * lies on shortest influence chains between others. O(nodes × links), so callers skip it on big graphs.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { InterlinkageGraph } from '../graph/types.ts';
import { directedView } from '../graph/directed-view.ts';
import { defineMetric } from './descriptor.ts';

export function betweenness(graph: InterlinkageGraph, normalized = false): Record<string, number> {
  return betweennessCentrality(directedView(graph), { getEdgeWeight: null, normalized });
}

/** nodes × links above which 'auto' skips betweenness (≈ 1–2 s in graphology on this class of machine). */
const BETWEENNESS_AUTO_LIMIT = 5e8;

/** With `betweenness: 'auto'` (the default) it is skipped above the limit: values and ranks NaN (JSON: null). */
export const betweennessMetric = defineMetric({
  id: 'betweenness', labelKey: 'metrics.betweenness', shortLabelKey: 'shortMetrics.betweenness', cliRank: true,
  compute: (ctx) => {
    const want = ctx.options.betweenness ?? 'auto';
    const run = want === 'auto' ? ctx.graph.order * ctx.graph.size <= BETWEENNESS_AUTO_LIMIT : want;
    return run ? betweenness(ctx.graph) : ctx.record(new Float64Array(ctx.adjacency.codes.length).fill(NaN));
  },
});
