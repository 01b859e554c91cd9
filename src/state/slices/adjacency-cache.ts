/**
 * The graph's CSR adjacency, built once per graph and reused by every click, path question and
 * portfolio run. The graphs the store shows are never mutated after they are put on screen, so a
 * WeakMap keyed by the graph object is a safe cache and lets old graphs be collected.
 */
import { toAdjacency } from '../../core/graph/adjacency.ts';
import { oncePerGraph } from '../../core/graph/once-per-graph.ts';

export const adjacencyOf = oncePerGraph(toAdjacency);
