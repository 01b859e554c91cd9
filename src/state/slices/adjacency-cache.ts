/**
 * The graph's CSR adjacency, built once per graph and reused by every click, path question and
 * portfolio run. The graphs the store shows are never mutated after they are put on screen, so a
 * WeakMap keyed by the graph object is a safe cache and lets old graphs be collected.
 */
import { toAdjacency, type Adjacency } from '../../core/graph/adjacency.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';

const cache = new WeakMap<InterlinkageGraph, Adjacency>();

export function adjacencyOf(graph: InterlinkageGraph): Adjacency {
  let adj = cache.get(graph);
  if (!adj) {
    adj = toAdjacency(graph);
    cache.set(graph, adj);
  }
  return adj;
}
