/**
 * Is the graph on screen an SDG network or some other network (characters of a play, a food web)? The
 * goal colours, goal filters, goal legend and the "grouped by goal" layout only mean something for the
 * first; the words change too ("nodes", not "indicators"). Pure, computed once per graph (graphs on
 * screen are never mutated).
 */
import type { InterlinkageGraph } from './types.ts';

export type NetworkKind = 'sdg' | 'generic';

const kinds = new WeakMap<InterlinkageGraph, NetworkKind>();

/**
 * 'sdg' when at least half of the nodes have an SDG goal (catalogue codes, or codes shaped like
 * "16.6.1"); a few SDG codes among free names do not make a network of indicators. An empty graph is 'sdg':
 * there is nothing to contradict the app's default.
 */
export function networkKind(graph: InterlinkageGraph): NetworkKind {
  let kind = kinds.get(graph);
  if (kind) return kind;
  let sdg = 0;
  graph.forEachNode((_, a) => { if (a.goal !== null) sdg++; });
  kind = graph.order === 0 || sdg * 2 >= graph.order ? 'sdg' : 'generic';
  kinds.set(graph, kind);
  return kind;
}

const coloured = new WeakMap<InterlinkageGraph, boolean>();

/**
 * Whether the file gave its own colours (GEXF viz:color, GraphML r/g/b or color) for any node; kept per
 * graph (as hasFileSizes), since the legend's selector asks on every store update.
 */
export function hasFileColours(graph: InterlinkageGraph): boolean {
  let has = coloured.get(graph);
  if (has === undefined) coloured.set(graph, (has = graph.someNode((_, a) => a.viz?.color !== undefined)));
  return has;
}
