/**
 * Robustness of a ranking: the chosen metric rerun on N perturbed copies of the network — each link
 * dropped with probability p, and/or its score moved by ±1 within the network's score range with
 * probability q — giving per node the median rank, the 5–95 % rank interval and the share of runs in
 * the top k. An accelerator (classify.ts) that stays one in ≥ 90 % of runs is *robust*.
 *
 * Seeded (seedrandom), so a seed reproduces every run. The metrics are recomputed on the CSR arrays
 * directly — no graph is copied per run — which is what makes 1,000 runs cheap. The unperturbed run
 * uses the same code, so p = q = 0 returns the base ranking exactly.
 */
import seedrandom from 'seedrandom';
import type { InterlinkageGraph } from '../graph/types.ts';
import { toAdjacency, type Adjacency } from '../graph/adjacency.ts';
import { classifyNode, DEFAULT_CLASS_THRESHOLDS } from './classify.ts';
import { competitionRanks, perturbedMetric, type RobustMetric } from './robust-metrics.ts';

export { ROBUST_METRICS, type RobustMetric } from './robust-metrics.ts';

export interface RobustnessOptions {
  metric?: RobustMetric;
  runs?: number;
  /** probability of dropping each link */
  drop?: number;
  /** probability of moving each score by ±1 */
  jitter?: number;
  seed?: string;
  /** the "top k" of topShare */
  top?: number;
  onProgress?: (done: number, runs: number) => void;
  /** an AbortSignal; typed by shape because core compiles without the DOM library */
  signal?: { readonly aborted: boolean; readonly reason?: unknown };
}

interface RobustnessRow {
  code: string;
  /** rank on the unperturbed network (1 = highest, ties share the best rank) */
  rank: number;
  medianRank: number;
  rankLow: number;
  rankHigh: number;
  /** share of runs in which the node ranks within the top k */
  topShare: number;
  /** an accelerator that stays one in ≥ 90 % of runs */
  robust: boolean;
}

export interface RobustnessResult {
  metric: RobustMetric;
  runs: number;
  seed: string;
  drop: number;
  jitter: number;
  top: number;
  /** sorted by base rank, then code */
  rows: RobustnessRow[];
}

const ROBUST_SHARE = 0.9;
const PROGRESS_EVERY = 25;

/** Nearest-rank percentile of a sorted array. */
const percentile = (sorted: Int32Array, p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

/** s moved by d, skipping 0 (which would mean "no link"); null when that leaves the score range. */
function moved(s: number, d: number, lo: number, hi: number): number | null {
  let v = s + d;
  if (v === 0) v += d;
  return v >= lo && v <= hi ? v : null;
}

/** One perturbed copy of the scores: 0 marks a dropped link. */
function perturbScores(base: Float64Array, rng: () => number, drop: number, jitter: number, lo: number, hi: number): Float64Array {
  const out = new Float64Array(base.length);
  for (let k = 0; k < base.length; k++) {
    if (drop > 0 && rng() < drop) continue;
    let s = base[k];
    if (jitter > 0 && rng() < jitter) {
      const dir = rng() < 0.5 ? -1 : 1;
      // out of range one way, move the other way
      s = moved(s, dir, lo, hi) ?? moved(s, -dir, lo, hi) ?? s;
    }
    out[k] = s;
  }
  return out;
}

export function robustness(graph: InterlinkageGraph, options: RobustnessOptions = {}, adj: Adjacency = toAdjacency(graph)): RobustnessResult {
  const metric = options.metric ?? 'out';
  const runs = options.runs ?? 1000;
  const drop = options.drop ?? 0.1;
  const jitter = options.jitter ?? 0;
  const seed = options.seed ?? '1';
  const n = adj.codes.length;
  const top = Math.min(options.top ?? 20, n);
  // Alea: seedrandom's fast generator; the run draws one or two numbers per link
  const rng = seedrandom.alea(seed);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of adj.outScores) { lo = Math.min(lo, s); hi = Math.max(hi, s); }
  const baseEval = perturbedMetric(adj, adj.outScores, metric);
  const baseRank = competitionRanks(baseEval.values);
  const { influenceHigh, reverseHigh } = DEFAULT_CLASS_THRESHOLDS;
  const ranks = new Int32Array(runs * n);
  const acceleratorRuns = new Int32Array(n);
  for (let r = 0; r < runs; r++) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
    const scores = perturbScores(adj.outScores, rng, drop, jitter, lo, hi);
    const e = perturbedMetric(adj, scores, metric);
    const rank = competitionRanks(e.values);
    for (let i = 0; i < n; i++) {
      ranks[i * runs + r] = rank[i];
      // classifyNode's accelerator test, inlined: it runs runs × nodes times
      if (e.outDegree[i] >= influenceHigh && e.inDegree[i] < reverseHigh) acceleratorRuns[i]++;
    }
    if ((r + 1) % PROGRESS_EVERY === 0 || r + 1 === runs) options.onProgress?.(r + 1, runs);
  }
  const rows: RobustnessRow[] = adj.codes.map((code, i) => {
    const mine = ranks.subarray(i * runs, (i + 1) * runs).sort();
    let inTop = 0;
    for (const x of mine) if (x <= top) inTop++;
    const baseAccelerator = classifyNode(baseEval.outDegree[i], baseEval.inDegree[i], DEFAULT_CLASS_THRESHOLDS) === 'accelerator';
    return {
      code, rank: baseRank[i],
      medianRank: runs ? percentile(mine, 0.5) : baseRank[i],
      rankLow: runs ? percentile(mine, 0.05) : baseRank[i],
      rankHigh: runs ? percentile(mine, 0.95) : baseRank[i],
      topShare: runs ? inTop / runs : Number(baseRank[i] <= top),
      robust: baseAccelerator && runs > 0 && acceleratorRuns[i] / runs >= ROBUST_SHARE,
    };
  });
  rows.sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
  return { metric, runs, seed, drop, jitter, top, rows };
}
