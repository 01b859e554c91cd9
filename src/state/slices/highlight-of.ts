/**
 * The highlighted neighbourhood of the selection. A click asks for it twice (the canvas paints it at
 * once, the store records it a frame later) and on a 100k-link graph each ego network with its induced
 * links cost ~30 ms, so the last answer is kept per graph and returned as the same object: the canvas
 * can then tell "already painted" by identity.
 */
import { BoundedBfs } from '../../core/graph/bfs.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import type { Highlight, View } from '../types.ts';
import { adjacencyOf } from './adjacency-cache.ts';

interface Memo { key: string; result: Highlight | null }
const memo = new WeakMap<InterlinkageGraph, Memo>();
const walkers = new WeakMap<InterlinkageGraph, BoundedBfs>();

export function highlightOf(graph: InterlinkageGraph, view: View): Highlight | null {
  const seeds = view.select.filter((c) => graph.hasNode(c));
  // JSON keeps codes with any characters apart ("a,b" as one code vs two).
  const key = JSON.stringify([seeds, view.depth, view.direction]);
  const last = memo.get(graph);
  if (last?.key === key) return last.result;
  const result = seeds.length ? compute(graph, seeds, view) : null;
  memo.set(graph, { key, result });
  return result;
}

/**
 * Only links followed in the chosen direction light up (a→b with b one step further out), so the
 * arrows read as "influence flows this way" rather than every link among the neighbours. Such a link
 * always starts (or, inwards, ends) at a node short of the depth, so only those nodes' links are
 * scanned — at depth 1 just the seeds', instead of every neighbour's.
 */
function compute(graph: InterlinkageGraph, seeds: string[], view: View): Highlight {
  const adj = adjacencyOf(graph);
  let bfs = walkers.get(graph);
  if (!bfs) walkers.set(graph, (bfs = new BoundedBfs(adj)));
  // Null prototype: codes come from user files and are looked up with `in`.
  const distance: Record<string, number> = Object.create(null) as Record<string, number>;
  const inner: string[] = [];
  bfs.run(seeds.map((c) => adj.index.get(c)!), view.depth, view.direction, (i, d) => {
    distance[adj.codes[i]] = d;
    if (d < view.depth) inner.push(adj.codes[i]);
  });
  const links: string[] = [];
  const outward = view.direction !== 'in';
  const inward = view.direction !== 'out';
  for (const code of inner) {
    const next = distance[code] + 1;
    if (outward) graph.forEachOutEdge(code, (_e, _a, s, t) => { if (distance[t] === next) links.push(`${s}→${t}`); });
    if (inward) graph.forEachInEdge(code, (_e, _a, s, t) => { if (distance[s] === next) links.push(`${s}→${t}`); });
  }
  return { distance, links };
}
