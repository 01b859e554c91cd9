/**
 * What the metrics need of a graph, in a form that crosses to a worker cheaply: the node keys in graph
 * order, and per link (in graph order) its ends as node indexes, its score and its `undirected` flag,
 * in typed arrays the worker takes over without a copy. graphology's export of 10k nodes / 100k links
 * with every attribute took 0.36 s on the page's thread (its serialisation alone 0.12 s, CPU trace);
 * this form leaves the titles, notes and evidence behind, which no metric reads.
 */
import { DirectedGraph } from 'graphology';
import type { InterlinkageGraph } from './types.ts';

export interface MetricsWire {
  nodes: string[];
  sources: Int32Array;
  targets: Int32Array;
  scores: Float64Array;
  /** 1 where the link was read from an undirected file */
  undirected: Uint8Array;
  /** every link is undirected (the graph attribute) */
  allUndirected: boolean;
}

export function toMetricsWire(graph: InterlinkageGraph): MetricsWire {
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n, i));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const scores = new Float64Array(graph.size);
  const undirected = new Uint8Array(graph.size);
  let i = 0;
  graph.forEachEdge((_key, a, s, t) => {
    sources[i] = index.get(s)!;
    targets[i] = index.get(t)!;
    scores[i] = a.score;
    undirected[i] = a.undirected ? 1 : 0;
    i++;
  });
  return { nodes, sources, targets, scores, undirected, allUndirected: graph.getAttribute('undirected') === true };
}

/** The buffers to hand over with a postMessage of `wire`. */
export function wireBuffers(wire: MetricsWire): ArrayBuffer[] {
  return [wire.sources.buffer, wire.targets.buffer, wire.scores.buffer, wire.undirected.buffer] as ArrayBuffer[];
}

/** The graph the metrics see: the same nodes and links, in the same order, with the attributes they read. */
export function fromMetricsWire(wire: MetricsWire): InterlinkageGraph {
  const graph: InterlinkageGraph = new DirectedGraph({ allowSelfLoops: false });
  if (wire.allUndirected) graph.setAttribute('undirected', true);
  for (const n of wire.nodes) graph.addNode(n);
  for (let i = 0; i < wire.sources.length; i++) {
    const attrs = { score: wire.scores[i], ...(wire.undirected[i] ? { undirected: true } : {}) };
    graph.addEdge(wire.nodes[wire.sources[i]], wire.nodes[wire.targets[i]], attrs as never);
  }
  return graph;
}
