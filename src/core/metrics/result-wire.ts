/**
 * The metrics rows in columns, for the way back from the worker: the codes once, and the community,
 * the values and the ranks as typed arrays (row-major, one column per registered metric). A structured
 * clone of 10k `NodeMetrics` rows (20k objects, 6.3 MB) was one task of 0.15–0.2 s on the page's
 * thread when they arrived, 2 s after the 10k / 100k bench graph was drawn (CPU profile: all of it in
 * the worker message's handler, before any app code ran). Typed arrays cross as one block each (10k
 * rows: 2–5 ms), and the rows are made again on the page in steps (`metricsRowsSteps`): made at once
 * they cost about as much as the clone did (10k rows: 45–55 ms in Node, ≈ 0.14 s in a browser profile).
 */
import type { NodeMetrics } from './compute-all.ts';
import { METRIC_NAMES, type MetricName } from './registry.ts';
import { runSteps, type Steps } from '../graph/steps.ts';

export interface MetricsResultWire {
  codes: string[];
  community: Float64Array;
  /** `values[i * METRIC_NAMES.length + j]`: metric `METRIC_NAMES[j]` of node `codes[i]` */
  values: Float64Array;
  /** the ranks, laid out as `values` */
  ranks: Float64Array;
}

export function toMetricsResultWire(rows: readonly NodeMetrics[]): MetricsResultWire {
  const m = METRIC_NAMES.length;
  const community = new Float64Array(rows.length);
  const values = new Float64Array(rows.length * m);
  const ranks = new Float64Array(rows.length * m);
  rows.forEach((row, i) => {
    community[i] = row.community;
    METRIC_NAMES.forEach((name, j) => {
      values[i * m + j] = row[name];
      ranks[i * m + j] = row.rank[name];
    });
  });
  return { codes: rows.map((r) => r.code), community, values, ranks };
}

/** The rows at once. @internal exported for its unit test (the page makes them in steps) */
export function fromMetricsResultWire(wire: MetricsResultWire): NodeMetrics[] {
  return runSteps(metricsRowsSteps(wire));
}

/** The rows, `rowsPerStep` at a time: yields between steps, never after the last. */
export function* metricsRowsSteps(wire: MetricsResultWire, rowsPerStep = Infinity): Steps<NodeMetrics[]> {
  const m = METRIC_NAMES.length;
  const rows: NodeMetrics[] = new Array<NodeMetrics>(wire.codes.length);
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % rowsPerStep === 0) yield;
    const row = { code: wire.codes[i], community: wire.community[i], rank: {} as Record<MetricName, number> } as NodeMetrics;
    for (let j = 0; j < m; j++) {
      const name = METRIC_NAMES[j];
      row[name] = wire.values[i * m + j];
      row.rank[name] = wire.ranks[i * m + j];
    }
    rows[i] = row;
  }
  return rows;
}
