/**
 * Is the graph on screen an SDG network or some other network (characters of a play, a food web)? The
 * goal colours, goal filters, goal legend and the "grouped by goal" layout only mean something for the
 * first; the words change too ("nodes", not "indicators"). Pure, computed once per graph (graphs on
 * screen are never mutated).
 */
import { oncePerGraph } from './once-per-graph.ts';

export type NetworkKind = 'sdg' | 'generic';

/**
 * 'sdg' when at least half of the nodes have an SDG goal (catalogue codes, or codes shaped like
 * "16.6.1"); a few SDG codes among free names do not make a network of indicators. An empty graph is 'sdg':
 * there is nothing to contradict the app's default.
 */
export const networkKind = oncePerGraph((graph): NetworkKind => {
  let sdg = 0;
  graph.forEachNode((_, a) => { if (a.goal !== null) sdg++; });
  return graph.order === 0 || sdg * 2 >= graph.order ? 'sdg' : 'generic';
});

/** Whether the file gave its own colours (GEXF viz:color, GraphML r/g/b or color) for any node. */
export const hasFileColours = oncePerGraph((graph) => graph.someNode((_, a) => a.viz?.color !== undefined));
