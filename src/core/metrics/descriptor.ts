/**
 * What a metric is, as data: adding one is a module exporting a `defineMetric({...})` plus one line in
 * registry.ts. Tables, the CLI, exports, size-by-metric and the locale test all read the registry.
 */
import type { MetricContext } from './context.ts';

export interface MetricDescriptor<Id extends string = string> {
  /** Column name in NodeMetrics, exports, URLs and `sdg-graph rank --by`. */
  readonly id: Id;
  /** i18next key of the full label (section "metrics" of ui/locales/*.json). */
  readonly labelKey: `metrics.${Id}`;
  /** Key of a compact column header (section "shortMetrics"), where the full label is too wide. */
  readonly shortLabelKey?: `shortMetrics.${Id}`;
  /** Whether `sdg-graph rank --by <id>` offers it. */
  readonly cliRank: boolean;
  /**
   * One value per node (missing ones count as undefined); NaN = not computed. Shared work (adjacency,
   * reach profiles, first-order influence) comes from the context, so it is done once per run.
   */
  compute(ctx: MetricContext): Record<string, number>;
}

/** Identity, typed so that the literal id survives into `MetricName`. */
export function defineMetric<const Id extends string>(descriptor: MetricDescriptor<Id>): MetricDescriptor<Id> {
  return descriptor;
}
