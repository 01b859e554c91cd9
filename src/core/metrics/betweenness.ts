/**
 * Betweenness centrality (Brandes, via graphology-metrics) on unweighted directed links: how often a node
 * lies on shortest influence chains between others. O(nodes × links), so callers skip it on big graphs.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { InterlinkageGraph } from '../graph/types.ts';
import { directedView } from '../graph/directed-view.ts';

export function betweenness(graph: InterlinkageGraph, normalized = false): Record<string, number> {
  return betweennessCentrality(directedView(graph), { getEdgeWeight: null, normalized });
}
