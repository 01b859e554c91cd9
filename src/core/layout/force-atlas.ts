/**
 * ForceAtlas2 (graphology-layout-forceatlas2) on a plain node/edge list, in chunks so a worker can
 * report progress and be stopped between chunks. Pure: no DOM, runs in a Worker, Node or tests.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Positions } from './goal-clusters.ts';

export interface ForceInput {
  nodes: string[];
  edges: [string, string][];
  /** starting positions (e.g. the goal clusters); FA2 refines rather than starting from noise */
  start: Positions;
  iterations: number;
}

export function* forceAtlasChunks(input: ForceInput, chunk = 25): Generator<{ done: number; total: number; positions: Positions }> {
  const g = new Graph({ type: 'undirected', multi: false });
  input.nodes.forEach((n, i) => {
    const p = input.start[n] ?? { x: Math.cos(i) * i, y: Math.sin(i) * i };
    g.addNode(n, { x: p.x, y: p.y });
  });
  for (const [s, t] of input.edges) if (s !== t && g.hasNode(s) && g.hasNode(t)) g.mergeEdge(s, t);
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 1000, adjustSizes: false };
  for (let done = 0; done < input.iterations; ) {
    const step = Math.min(chunk, input.iterations - done);
    forceAtlas2.assign(g, { iterations: step, settings });
    done += step;
    const positions: Positions = {};
    g.forEachNode((n, a) => { positions[n] = { x: a.x as number, y: a.y as number }; });
    yield { done, total: input.iterations, positions };
  }
}

/** Iterations that keep a layout under a few seconds on a laptop: fewer for bigger graphs. */
export function defaultIterations(nodes: number): number {
  return nodes <= 2_000 ? 300 : nodes <= 10_000 ? 150 : 60;
}
