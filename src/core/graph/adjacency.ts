/**
 * A compact, index-based copy of an interlinkage graph's links (CSR arrays), built once per analysis.
 * Reach, ego networks, portfolios and path search run many bounded BFS on the same graph; on 1M links
 * graphology's per-call iterators and string keys dominate, while typed arrays plus a stamped visited
 * array make each BFS allocation-free.
 *
 * Undirected links: an edge with attribute `undirected: true`, or every edge when the graph attribute
 * `undirected` is true, means "influence both ways" and is stored in both directions here, so every
 * metric built on this structure treats it as two links.
 */
import type { InterlinkageGraph } from './types.ts';

/** Optional flags read from imported files; not (yet) part of EdgeAttrs/GraphAttrs. */
interface UndirectedFlag {
  undirected?: boolean;
}

export interface Adjacency {
  codes: string[];
  index: Map<string, number>;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  outScores: Float64Array;
  inOffsets: Int32Array;
  inSources: Int32Array;
  inScores: Float64Array;
  /** directed arcs, i.e. stored links plus one more per undirected link */
  arcs: number;
}

export type Direction = 'out' | 'in' | 'both';

function graphIsUndirected(graph: InterlinkageGraph): boolean {
  return (graph.getAttributes() as UndirectedFlag).undirected === true;
}

export function edgeIsUndirected(graph: InterlinkageGraph, edge: string): boolean {
  return graphIsUndirected(graph) || (graph.getEdgeAttributes(edge) as UndirectedFlag).undirected === true;
}

export function hasUndirectedLinks(graph: InterlinkageGraph): boolean {
  if (graph.size === 0) return false;
  if (graphIsUndirected(graph)) return true;
  return graph.someEdge((_e, attrs) => (attrs as UndirectedFlag).undirected === true);
}

export function toAdjacency(graph: InterlinkageGraph): Adjacency {
  const codes = graph.nodes();
  const n = codes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(codes[i], i);
  const allUndirected = graphIsUndirected(graph);
  const m = graph.size;
  const src = new Int32Array(m * 2);
  const dst = new Int32Array(m * 2);
  const sc = new Float64Array(m * 2);
  let arcs = 0;
  graph.forEachEdge((_e, attrs, s, t) => {
    const a = index.get(s)!;
    const b = index.get(t)!;
    const score = typeof attrs.score === 'number' ? attrs.score : 1;
    src[arcs] = a; dst[arcs] = b; sc[arcs] = score; arcs++;
    if (allUndirected || (attrs as UndirectedFlag).undirected === true) {
      src[arcs] = b; dst[arcs] = a; sc[arcs] = score; arcs++;
    }
  });
  const outOffsets = new Int32Array(n + 1);
  const inOffsets = new Int32Array(n + 1);
  for (let k = 0; k < arcs; k++) { outOffsets[src[k] + 1]++; inOffsets[dst[k] + 1]++; }
  for (let i = 0; i < n; i++) { outOffsets[i + 1] += outOffsets[i]; inOffsets[i + 1] += inOffsets[i]; }
  const outTargets = new Int32Array(arcs);
  const outScores = new Float64Array(arcs);
  const inSources = new Int32Array(arcs);
  const inScores = new Float64Array(arcs);
  const oPos = outOffsets.slice(0, n);
  const iPos = inOffsets.slice(0, n);
  for (let k = 0; k < arcs; k++) {
    const o = oPos[src[k]]++;
    outTargets[o] = dst[k]; outScores[o] = sc[k];
    const p = iPos[dst[k]]++;
    inSources[p] = src[k]; inScores[p] = sc[k];
  }
  return { codes, index, outOffsets, outTargets, outScores, inOffsets, inSources, inScores, arcs };
}

/** Neighbours of node `i` in the given direction, as [offsets, neighbour array] pairs to scan. */
export function neighbourLists(adj: Adjacency, direction: Direction): [Int32Array, Int32Array][] {
  if (direction === 'out') return [[adj.outOffsets, adj.outTargets]];
  if (direction === 'in') return [[adj.inOffsets, adj.inSources]];
  return [[adj.outOffsets, adj.outTargets], [adj.inOffsets, adj.inSources]];
}

/** Record keyed by node code from a per-index typed array. */
export function toRecord(adj: Adjacency, values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < adj.codes.length; i++) out[adj.codes[i]] = values[i];
  return out;
}
