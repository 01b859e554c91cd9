/**
 * The graph as library algorithms (PageRank, betweenness, shortest paths) should see it: each
 * `undirected` link becomes two arcs. Returns the graph itself when it has none, so the common case
 * costs nothing.
 */
import type { InterlinkageGraph } from './types.ts';
import { edgeIsUndirected, hasUndirectedLinks } from './adjacency.ts';

export function directedView(graph: InterlinkageGraph): InterlinkageGraph {
  if (!hasUndirectedLinks(graph)) return graph;
  const view = graph.copy();
  graph.forEachEdge((edge, attrs, s, t) => {
    if (edgeIsUndirected(graph, edge) && !view.hasEdge(t, s)) view.addEdge(t, s, { ...attrs });
  });
  return view;
}
