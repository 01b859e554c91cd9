/**
 * The metrics robustness.ts reruns, computed from CSR arrays with a per-run score vector (0 = the link
 * is dropped), so a run costs O(links) and never copies the graph. Each matches its registry metric on
 * the unperturbed network: influence = out-degree, total = first + second order (Weitz), PageRank =
 * influence PageRank (unweighted, on the reversed links, damping 0.85 as graphology's default).
 */
import type { Adjacency } from '../graph/adjacency.ts';

export const ROBUST_METRICS = ['out', 'total', 'pagerank'] as const;
export type RobustMetric = (typeof ROBUST_METRICS)[number];

export interface MetricRun {
  values: Float64Array;
  outDegree: Int32Array;
  inDegree: Int32Array;
}

const DAMPING = 0.85;
const PR_TOLERANCE = 1e-6;
const PR_ITERATIONS = 100;

/**
 * Competition ranks, 1 = largest (ties share the best rank), as compute-all's rankValues. A node's rank
 * is 1 + the number of larger values: one native numeric sort and a binary search per node, several
 * times faster than sorting indices with a comparator (1,000 runs on 10k nodes sort 10M times).
 */
export function competitionRanks(values: Float64Array): Int32Array {
  const sorted = Float64Array.from(values).sort();
  const n = values.length;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let lo = 0;
    let hi = n;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (sorted[mid] <= v) lo = mid + 1; else hi = mid; }
    rank[i] = n - lo + 1;
  }
  return rank;
}

/** `scores` is aligned with adj.outScores (the out-lists' order). */
export function perturbedMetric(adj: Adjacency, scores: Float64Array, metric: RobustMetric): MetricRun {
  const n = adj.codes.length;
  const outDegree = new Int32Array(n);
  const inDegree = new Int32Array(n);
  const first = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = adj.outOffsets[i]; k < adj.outOffsets[i + 1]; k++) {
      if (scores[k] === 0) continue;
      outDegree[i]++;
      inDegree[adj.outTargets[k]]++;
      first[i] += scores[k];
    }
  }
  let values: Float64Array;
  if (metric === 'out') values = Float64Array.from(outDegree);
  else if (metric === 'total') {
    values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let second = 0;
      for (let k = adj.outOffsets[i]; k < adj.outOffsets[i + 1]; k++) second += scores[k] * first[adj.outTargets[k]];
      values[i] = first[i] + second / 2;
    }
  } else values = influencePagerank(adj, scores, inDegree);
  return { values, outDegree, inDegree };
}

/**
 * PageRank on the reversed links: rank flows from a target back to each source that influences it,
 * split over the target's in-degree; dangling mass (targets nobody influences) spreads evenly.
 */
function influencePagerank(adj: Adjacency, scores: Float64Array, inDegree: Int32Array): Float64Array {
  const n = adj.codes.length;
  let x = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < PR_ITERATIONS; it++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if (inDegree[j] === 0) dangling += x[j];
    const next = new Float64Array(n).fill((1 - DAMPING) / n + (DAMPING * dangling) / n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = adj.outOffsets[i]; k < adj.outOffsets[i + 1]; k++) {
        if (scores[k] !== 0) s += x[adj.outTargets[k]] / inDegree[adj.outTargets[k]];
      }
      next[i] += DAMPING * s;
    }
    let err = 0;
    for (let i = 0; i < n; i++) err += Math.abs(next[i] - x[i]);
    x = next;
    if (err < n * PR_TOLERANCE) break;
  }
  return x;
}
