/**
 * Louvain communities with a seeded RNG so the same graph always gets the same groups (users compare
 * screenshots). Unweighted, because modularity is undefined for negative weights. Community ids are
 * renumbered 0.. by decreasing size (ties: first node in graph order), so id 0 is the largest group.
 */
import louvain from 'graphology-communities-louvain';
import seedrandom from 'seedrandom';
import type { InterlinkageGraph } from '../graph/types.ts';
import { directedView } from '../graph/directed-view.ts';

export function louvainCommunities(graph: InterlinkageGraph, seed = 'sdg-interlinkages', resolution = 1): Record<string, number> {
  if (graph.order === 0) return {};
  if (graph.size === 0) {
    const lone: Record<string, number> = {};
    graph.forEachNode((code) => { lone[code] = Object.keys(lone).length; });
    return lone;
  }
  const raw = louvain(directedView(graph), { rng: seedrandom(seed), getEdgeWeight: null, resolution });
  const sizes = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  let order = 0;
  graph.forEachNode((code) => {
    const c = raw[code];
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
    if (!firstSeen.has(c)) firstSeen.set(c, order++);
  });
  const ranked = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  const renumber = new Map(ranked.map((c, i) => [c, i]));
  const out: Record<string, number> = {};
  graph.forEachNode((code) => { out[code] = renumber.get(raw[code])!; });
  return out;
}
