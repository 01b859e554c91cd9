/**
 * Portfolio: which k nodes together reach the most distinct nodes within `depth` steps? Maximum coverage
 * is NP-hard, but coverage is monotone submodular, so greedy is within 1 − 1/e of optimal. Lazy greedy
 * (CELF, Leskovec et al. 2007) re-evaluates only candidates whose stale bound could still win, so most
 * picks cost a few BFS. "Reached" excludes a pick itself unless another pick reaches it (same rule as
 * the reach metric). Ties go to the node first in graph order. Stops early when nothing new can be reached.
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { toAdjacency, type Adjacency } from '../graph/adjacency.ts';
import { BoundedBfs } from '../graph/bfs.ts';
import { reachProfile } from '../metrics/reach.ts';

export interface PortfolioOptions {
  k: number;
  depth?: number;
  direction?: 'out' | 'in';
  /** restrict picks to these codes (default: every node) */
  candidates?: string[];
}

interface PortfolioPick {
  code: string;
  /** nodes newly reached by this pick */
  gain: number;
  /** nodes reached by the picks so far */
  coverage: number;
}

export interface Portfolio {
  picks: PortfolioPick[];
  /** coverage after 1, 2, … picks */
  coverageCurve: number[];
  covered: string[];
  /** nodes in the graph, for "x % covered" */
  nodes: number;
  /** what was asked: fewer picks than k means coverage stopped growing (`saturated`) */
  k: number;
  depth: number;
  saturated: boolean;
}

export function greedyPortfolio(graph: InterlinkageGraph, options: PortfolioOptions, adj: Adjacency = toAdjacency(graph)): Portfolio {
  const depth = options.depth ?? 2;
  const direction = options.direction ?? 'out';
  const n = adj.codes.length;
  const bounds = reachProfile(adj, depth, direction)[depth - 1] ?? new Int32Array(n);
  const pool = (options.candidates ? options.candidates.map((c) => adj.index.get(c)).filter((i): i is number => i !== undefined) : [...Array(n).keys()]);
  const bound = new Float64Array(n);
  for (const i of pool) bound[i] = bounds[i];
  // sorted by (bound desc, index asc); `fresh[i] === round` marks a bound that is exact for this round
  const queue = [...new Set(pool)].sort((x, y) => bound[y] - bound[x] || x - y);
  const fresh = new Int32Array(n).fill(-1);
  const covered = new Uint8Array(n);
  const bfs = new BoundedBfs(adj);
  const one = new Int32Array(1);
  const picks: PortfolioPick[] = [];
  let coverage = 0;
  const gainOf = (i: number, mark: boolean) => {
    one[0] = i;
    let gain = 0;
    bfs.run(one, depth, direction, (w, d) => {
      if (d > 0 && !covered[w]) { gain++; if (mark) covered[w] = 1; }
    });
    return gain;
  };
  const insert = (i: number) => {
    let lo = 0;
    let hi = queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const q = queue[mid];
      if (bound[q] > bound[i] || (bound[q] === bound[i] && q < i)) lo = mid + 1; else hi = mid;
    }
    queue.splice(lo, 0, i);
  };
  for (let round = 0; picks.length < options.k && queue.length; ) {
    const top = queue.shift()!;
    if (fresh[top] !== round) {
      bound[top] = gainOf(top, false);
      fresh[top] = round;
      insert(top);
      continue;
    }
    if (bound[top] === 0) break;
    const gain = gainOf(top, true);
    coverage += gain;
    picks.push({ code: adj.codes[top], gain, coverage });
    round++;
  }
  const coveredCodes: string[] = [];
  for (let i = 0; i < n; i++) if (covered[i]) coveredCodes.push(adj.codes[i]);
  return { picks, coverageCurve: picks.map((p) => p.coverage), covered: coveredCodes, nodes: n, k: options.k, depth, saturated: picks.length < options.k };
}
