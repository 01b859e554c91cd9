/**
 * Ego network of one node or a set: every node within `depth` steps following links out (what the
 * seeds move), in (what moves them) or both, and the links among those nodes (induced, as in
 * networkx.ego_graph, so the picture also shows how the neighbours affect one another).
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { toAdjacency, type Adjacency, type Direction } from '../graph/adjacency.ts';
import { BoundedBfs } from '../graph/bfs.ts';
import { inducedSubgraph } from './induced.ts';

export interface EgoOptions {
  depth?: number;
  direction?: Direction;
}

interface EgoLink {
  source: string;
  target: string;
  score: number;
}

export interface EgoNetwork {
  /** node code → steps from the nearest seed (seeds at 0), in BFS order */
  distance: Record<string, number>;
  nodes: string[];
  links: EgoLink[];
}

export function egoNetwork(
  graph: InterlinkageGraph, seeds: string | string[], options: EgoOptions = {}, adj: Adjacency = toAdjacency(graph),
): EgoNetwork {
  const depth = options.depth ?? 1;
  const direction = options.direction ?? 'both';
  if (!Number.isInteger(depth) || depth < 0) throw new RangeError(`ego: depth must be a non-negative integer, got ${depth}`);
  const seedIdx = (Array.isArray(seeds) ? seeds : [seeds]).map((c) => adj.index.get(c)).filter((i): i is number => i !== undefined);
  const distance: Record<string, number> = {};
  const nodes: string[] = [];
  new BoundedBfs(adj).run(seedIdx, depth, direction, (i, d) => {
    distance[adj.codes[i]] = d;
    nodes.push(adj.codes[i]);
  });
  const links: EgoLink[] = [];
  for (const code of nodes) {
    graph.forEachOutEdge(code, (_e, attrs, s, t) => {
      if (t in distance) links.push({ source: s, target: t, score: attrs.score });
    });
  }
  return { distance, nodes, links };
}

/** @internal exported for its unit test */
export function egoSubgraph(graph: InterlinkageGraph, seeds: string | string[], options: EgoOptions = {}): InterlinkageGraph {
  return inducedSubgraph(graph, egoNetwork(graph, seeds, options).nodes);
}
