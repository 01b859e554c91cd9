/**
 * PageRank in both readings of "source influences target". Dependence PageRank runs on the graph as is
 * (rank flows to what many important nodes influence); influence PageRank runs on the reversed graph
 * (rank flows back to what influences many important nodes). Unweighted: signed scores are not
 * transition probabilities, and |score| would let a strong trade-off count as influence.
 *
 * Reversal: graphology-operators `reverse` copies the whole graph (≈ 0.7 s per 100k links, 18 s at
 * 1M), several times the PageRank itself. graphology-metrics' pagerank reads a graph only through
 * `outboundEdges(node)` + `opposite()` (graphology-indices WeightedNeighborhoodIndex), so a view
 * answering `outboundEdges` with the inbound edges *is* the reversed graph for it, at no cost.
 * tests/core/metrics/centrality.test.ts checks the result equals pagerank(reverse(graph)), so a library
 * upgrade that reads the graph differently fails loudly instead of silently.
 */
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { InterlinkageGraph } from '../graph/types.ts';
import { directedView } from '../graph/directed-view.ts';
import { defineMetric } from './descriptor.ts';

export interface PagerankOptions {
  alpha?: number;
  tolerance?: number;
  maxIterations?: number;
}

/** Read-only reversed view, valid only for algorithms that read `outboundEdges` + `opposite`. */
function reversedForPagerank(graph: InterlinkageGraph): InterlinkageGraph {
  return new Proxy(graph, {
    get(target, prop) {
      if (prop === 'outboundEdges') return target.inboundEdges.bind(target);
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function dependencePagerank(graph: InterlinkageGraph, options: PagerankOptions = {}): Record<string, number> {
  if (graph.order === 0) return {};
  return pagerank(directedView(graph), { getEdgeWeight: null, ...options });
}

export function influencePagerank(graph: InterlinkageGraph, options: PagerankOptions = {}): Record<string, number> {
  if (graph.order === 0) return {};
  return pagerank(reversedForPagerank(directedView(graph)), { getEdgeWeight: null, ...options });
}

export const pagerankMetric = defineMetric({
  id: 'pagerank', labelKey: 'metrics.pagerank', shortLabelKey: 'shortMetrics.pagerank', cliRank: true,
  compute: (ctx) => influencePagerank(ctx.graph),
});

export const dependencePagerankMetric = defineMetric({
  id: 'dependencePagerank', labelKey: 'metrics.dependencePagerank', cliRank: false,
  compute: (ctx) => dependencePagerank(ctx.graph),
});
