/**
 * Analysis slice: the highlighted ego network of the selection, "why does A affect B?" paths and the
 * accelerator portfolio. Every question is a call into the core on the graph's cached adjacency.
 */
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { egoNetwork } from '../../core/analysis/ego.ts';
import { allShortestPaths, kShortestPaths } from '../../core/analysis/paths.ts';
import { greedyPortfolio } from '../../core/analysis/portfolio.ts';
import type { AnalysisSlice, Highlight, SliceCreator, View } from '../types.ts';
import { adjacencyOf } from './adjacency-cache.ts';

/** "Longer routes too": how many routes and how long; chains of five or more links explain little. */
export const ROUTES_K = 10;
export const MAX_ROUTE_LINKS = 4;

/**
 * A click asks for the same highlight twice (the canvas paints it at once, then the store records it),
 * and undo/redo step between a few: the last answers per graph are kept, keyed by what the answer
 * depends on. The graphs on screen are never mutated (see adjacency-cache.ts).
 */
const RECENT = 4;
const recent = new WeakMap<InterlinkageGraph, Map<string, Highlight | null>>();

export function highlightOf(graph: InterlinkageGraph, view: View): Highlight | null {
  const key = `${view.depth}|${view.direction}|${view.select.join('\u0000')}`;
  let answers = recent.get(graph);
  if (!answers) recent.set(graph, (answers = new Map()));
  if (answers.has(key)) return answers.get(key)!;
  const value = computeHighlight(graph, view);
  answers.set(key, value);
  if (answers.size > RECENT) answers.delete(answers.keys().next().value!);
  return value;
}

function computeHighlight(graph: InterlinkageGraph, view: View): Highlight | null {
  const seeds = view.select.filter((c) => graph.hasNode(c));
  if (!seeds.length) return null;
  const ego = egoNetwork(graph, seeds, { depth: view.depth, direction: view.direction }, adjacencyOf(graph));
  // Only links followed in the chosen direction light up (a→b with b one step further out), so the
  // arrows read as "influence flows this way" rather than every link among the neighbours.
  const d = ego.distance;
  const links = ego.links
    .filter((l) => (view.direction === 'in' ? d[l.source] === d[l.target] + 1
      : view.direction === 'out' ? d[l.target] === d[l.source] + 1
        : Math.abs(d[l.target] - d[l.source]) === 1))
    .map((l) => `${l.source}→${l.target}`);
  return { distance: d, links };
}

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
