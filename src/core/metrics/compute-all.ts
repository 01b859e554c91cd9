/**
 * Every registered metric in one pass, for tables, the CLI and colour-by-metric.
 *
 * Shape (chosen for tables and JSON): one `NodeMetrics` row per node, in graph order, holding each
 * metric value under its name plus `rank[name]` (1 = highest value; ties share the best rank, "1224"
 * competition ranking) and a Louvain `community` id (0 = largest community).
 */
import type { InterlinkageGraph } from '../graph/types.ts';
import { MetricContext, type MetricsOptions } from './context.ts';
import { METRIC_DESCRIPTORS, METRIC_NAMES, type MetricName } from './registry.ts';
import { louvainCommunities } from './communities.ts';

export type NodeMetrics = { code: string; community: number; rank: Record<MetricName, number> } & Record<MetricName, number>;

/** Competition ranks, 1 = largest value; NaN values get rank NaN. @internal exported for its unit test */
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
  const ctx = new MetricContext(graph, options);
  const columns = {} as Record<MetricName, Record<string, number>>;
  for (const d of METRIC_DESCRIPTORS) columns[d.id] = d.compute(ctx);
  const community = louvainCommunities(graph, options.seed);
  const ranks = {} as Record<MetricName, Record<string, number>>;
  for (const name of METRIC_NAMES) ranks[name] = rankValues(columns[name]);
  return ctx.adjacency.codes.map((code) => {
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
