/**
 * Depth-bounded multi-source BFS on the CSR adjacency. graphology-traversal's bfs starts from a single
 * node and does not know about `undirected` links; reach (every node, k ≤ 3), ego networks of a set and
 * the portfolio all need a multi-source, depth-bounded walk that reuses its buffers across thousands of calls.
 */
import { neighbourLists, type Adjacency, type Direction } from './adjacency.ts';

export class BoundedBfs {
  private readonly stamp: Int32Array;
  private readonly dist: Int32Array;
  private readonly queue: Int32Array;
  private epoch = 0;

  constructor(private readonly adj: Adjacency) {
    const n = adj.codes.length;
    this.stamp = new Int32Array(n);
    this.dist = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  /**
   * Visits every node within `depth` steps of the sources (sources at distance 0) and returns how many
   * nodes were found at each distance: counts[d] for d = 0..depth. `onVisit` sees each node once.
   * `blocked` nodes (if given) are never entered.
   */
  run(
    sources: ArrayLike<number>, depth: number, direction: Direction,
    onVisit?: (node: number, distance: number) => void, blocked?: Uint8Array,
  ): number[] {
    const epoch = ++this.epoch;
    const { stamp, dist, queue } = this;
    const counts = new Array<number>(depth + 1).fill(0);
    let head = 0;
    let tail = 0;
    for (let s = 0; s < sources.length; s++) {
      const v = sources[s];
      if (stamp[v] === epoch) continue;
      stamp[v] = epoch; dist[v] = 0; queue[tail++] = v; counts[0]++;
      onVisit?.(v, 0);
    }
    const lists = neighbourLists(this.adj, direction);
    while (head < tail) {
      const v = queue[head++];
      const d = dist[v];
      if (d >= depth) continue;
      for (const [offsets, targets] of lists) {
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const w = targets[k];
          if (stamp[w] === epoch || (blocked && blocked[w])) continue;
          stamp[w] = epoch; dist[w] = d + 1; queue[tail++] = w; counts[d + 1]++;
          onVisit?.(w, d + 1);
        }
      }
    }
    return counts;
  }
}
