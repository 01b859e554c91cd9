/**
 * Every per-node metric in one pass, for tables, the CLI and colour-by-metric.
 *
 * Shape (chosen for tables and JSON): one `NodeMetrics` row per node, in graph order, holding each
 * metric value under its name plus `rank[name]` (1 = highest value; ties share the best rank, "1224"
 * competition ranking) and a Louvain `community` id (0 = largest community).
 *
 * Betweenness is O(nodes × links); with `betweenness: 'auto'` (the default) it is skipped above
 * BETWEENNESS_AUTO_LIMIT and its values and ranks are NaN (JSON: null).
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { toAdjacency, type Adjacency } from '../graph/adjacency.ts';
import { reachProfile } from './reach.ts';
import { firstOrderArray, secondOrderArray } from './influence-order.ts';
import { dependencePagerank, influencePagerank } from './pagerank.ts';
import { betweenness as betweennessOf } from './betweenness.ts';
import { louvainCommunities } from './communities.ts';
import { inStrength, outStrength } from './strength.ts';

export const METRIC_NAMES = [
  'out', 'in',
  'outStrength', 'outPositive', 'outNegative', 'inStrength', 'inPositive', 'inNegative',
  'reach1', 'reach2', 'reach3', 'reachIn1', 'reachIn2', 'reachIn3',
  'first', 'second', 'total',
  'pagerank', 'dependencePagerank', 'betweenness',
] as const;

export type MetricName = (typeof METRIC_NAMES)[number];

export type NodeMetrics = { code: string; community: number; rank: Record<MetricName, number> } & Record<MetricName, number>;

export interface MetricsOptions {
  betweenness?: boolean | 'auto';
  /** Louvain seed */
  seed?: string;
}

/** nodes × links above which 'auto' skips betweenness (≈ 1–2 s in graphology on this class of machine). */
export const BETWEENNESS_AUTO_LIMIT = 5e8;

export function isMetricName(name: string): name is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(name);
}

/** Competition ranks, 1 = largest value; NaN values get rank NaN. */
export function rankValues(values: Record<string, number>): Record<string, number> {
  const entries = Object.entries(values).filter(([, v]) => !Number.isNaN(v)).sort((a, b) => b[1] - a[1]);
  const ranks: Record<string, number> = {};
  for (const code of Object.keys(values)) ranks[code] = NaN;
  entries.forEach(([code, v], i) => {
    ranks[code] = i > 0 && entries[i - 1][1] === v ? ranks[entries[i - 1][0]] : i + 1;
  });
  return ranks;
}

export function computeAllMetrics(graph: InterlinkageGraph, options: MetricsOptions = {}): NodeMetrics[] {
  const adj: Adjacency = toAdjacency(graph);
  const n = adj.codes.length;
  const columns = {} as Record<MetricName, Record<string, number>>;
  const fromArray = (arr: ArrayLike<number>) => {
    const rec: Record<string, number> = {};
    for (let i = 0; i < n; i++) rec[adj.codes[i]] = arr[i];
    return rec;
  };
  const deg = (offsets: Int32Array) => fromArray(Int32Array.from({ length: n }, (_, i) => offsets[i + 1] - offsets[i]));
  columns.out = deg(adj.outOffsets);
  columns.in = deg(adj.inOffsets);
  columns.outStrength = outStrength(graph, 'all', adj);
  columns.outPositive = outStrength(graph, 'positive', adj);
  columns.outNegative = outStrength(graph, 'negative', adj);
  columns.inStrength = inStrength(graph, 'all', adj);
  columns.inPositive = inStrength(graph, 'positive', adj);
  columns.inNegative = inStrength(graph, 'negative', adj);
  const reachOut = reachProfile(adj, 3, 'out');
  const reachIn = reachProfile(adj, 3, 'in');
  [columns.reach1, columns.reach2, columns.reach3] = reachOut.map(fromArray);
  [columns.reachIn1, columns.reachIn2, columns.reachIn3] = reachIn.map(fromArray);
  const first = firstOrderArray(adj);
  const second = secondOrderArray(adj, first);
  columns.first = fromArray(first);
  columns.second = fromArray(second);
  columns.total = fromArray(first.map((f, i) => f + second[i]));
  columns.pagerank = influencePagerank(graph);
  columns.dependencePagerank = dependencePagerank(graph);
  const wantBetweenness = options.betweenness ?? 'auto';
  const doBetweenness = wantBetweenness === 'auto' ? graph.order * graph.size <= BETWEENNESS_AUTO_LIMIT : wantBetweenness;
  columns.betweenness = doBetweenness ? betweennessOf(graph) : fromArray(new Float64Array(n).fill(NaN));
  const community = louvainCommunities(graph, options.seed);
  const ranks = {} as Record<MetricName, Record<string, number>>;
  for (const name of METRIC_NAMES) ranks[name] = rankValues(columns[name]);
  return adj.codes.map((code) => {
    const row = { code, community: community[code] ?? 0, rank: {} } as NodeMetrics;
    for (const name of METRIC_NAMES) {
      row[name] = columns[name][code];
      row.rank[name] = ranks[name][code];
    }
    return row;
  });
}

/** Rows sorted by one metric, highest first (ties in graph order). */
export function sortByMetric(rows: NodeMetrics[], name: MetricName): NodeMetrics[] {
  const key = (r: NodeMetrics) => (Number.isNaN(r[name]) ? -Infinity : r[name]);
  return [...rows].sort((a, b) => key(b) - key(a) || 0);
}

export { outDegree, inDegree } from './degree.ts';
export { outStrength, inStrength } from './strength.ts';
export { reach, reachProfile } from './reach.ts';
export { firstOrderInfluence, secondOrderInfluence, totalInfluence } from './influence-order.ts';
export { influencePagerank, dependencePagerank } from './pagerank.ts';
export { betweenness } from './betweenness.ts';
export { louvainCommunities } from './communities.ts';
