/**
 * A fact about a graph computed once and kept while the graph lives. Graphs on screen are never
 * mutated, and store selectors and the canvas ask such facts on every update.
 */
import type { InterlinkageGraph } from './types.ts';

export function oncePerGraph<T>(compute: (graph: InterlinkageGraph) => T): (graph: InterlinkageGraph) => T {
  const known = new WeakMap<InterlinkageGraph, T>();
  return (graph) => {
    if (known.has(graph)) return known.get(graph) as T;
    const value = compute(graph);
    known.set(graph, value);
    return value;
  };
}
