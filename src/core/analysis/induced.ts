/** The subgraph on a selection of nodes with every link among them (graphology-operators `subgraph`). */
import subgraph from 'graphology-operators/subgraph.js';
import type { InterlinkageGraph } from '../graph/types.ts';

export function inducedSubgraph(graph: InterlinkageGraph, codes: Iterable<string>): InterlinkageGraph {
  const keep = new Set<string>();
  for (const c of codes) if (graph.hasNode(c)) keep.add(c);
  return subgraph(graph, keep) as InterlinkageGraph;
}
