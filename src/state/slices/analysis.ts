/**
 * Analysis slice: the highlighted ego network of the selection, "why does A affect B?" paths and the
 * accelerator portfolio. Every question is a call into the core on the graph's cached adjacency.
 */
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { allShortestPaths, kShortestPaths } from '../../core/analysis/paths.ts';
import { greedyPortfolio } from '../../core/analysis/portfolio.ts';
import type { AnalysisSlice, SliceCreator, View } from '../types.ts';
import { adjacencyOf } from './adjacency-cache.ts';
import { highlightOf } from './highlight-of.ts';

export { highlightOf };

/** "Longer routes too": how many routes and how long; chains of five or more links explain little. */
export const ROUTES_K = 10;
export const MAX_ROUTE_LINKS = 4;

/** What a new graph on screen starts with: no answers to questions asked of the previous one. */
export const freshAnalysis = (graph: InterlinkageGraph, view: View): Pick<AnalysisSlice, 'highlight' | 'pathResult' | 'portfolio'> => ({
  highlight: highlightOf(graph, view), pathResult: null, portfolio: null,
});

export const createAnalysisSlice: SliceCreator<AnalysisSlice> = (set, get) => ({
  highlight: null,
  pathResult: null,
  portfolio: null,

  findPaths(from, to, options) {
    const graph = get().graph;
    if (!graph) return;
    const adj = adjacencyOf(graph);
    const r = allShortestPaths(graph, from, to, 20, adj);
    if (options?.longer && r.distance !== null) {
      const paths = kShortestPaths(graph, from, to, ROUTES_K, Math.max(MAX_ROUTE_LINKS, r.distance), adj);
      set({ pathResult: { from, to, distance: r.distance, paths, truncated: false, longer: true } });
      return;
    }
    set({ pathResult: { from, to, distance: r.distance, paths: r.paths, truncated: r.truncated } });
  },

  clearPaths() {
    set({ pathResult: null });
  },

  runPortfolio(k, depth) {
    const graph = get().graph;
    if (!graph) return;
    set({ portfolio: greedyPortfolio(graph, { k, depth, direction: 'out' }, adjacencyOf(graph)) });
  },
});
