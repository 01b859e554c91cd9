/**
 * Every per-node metric, in column order (tables, exports, the size-by-metric list). To add one: a
 * module in this folder exporting `defineMetric({...})`, one line below, and its `metrics.<id>` label
 * (and optional `shortMetrics.<id>`) in ui/locales/{en,ru,kk}.json; tests/i18n/metrics-registry.test.ts
 * fails when a label is missing.
 */
import type { MetricDescriptor } from './descriptor.ts';
import { inMetric, outMetric } from './degree.ts';
import {
  inNegativeMetric, inPositiveMetric, inStrengthMetric, outNegativeMetric, outPositiveMetric, outStrengthMetric,
} from './strength.ts';
import { reach1Metric, reach2Metric, reach3Metric, reachIn1Metric, reachIn2Metric, reachIn3Metric } from './reach.ts';
import { firstMetric, secondMetric, totalMetric } from './influence-order.ts';
import { dependencePagerankMetric, pagerankMetric } from './pagerank.ts';
import { betweennessMetric } from './betweenness.ts';

export const METRIC_DESCRIPTORS = [
  outMetric,
  inMetric,
  outStrengthMetric,
  outPositiveMetric,
  outNegativeMetric,
  inStrengthMetric,
  inPositiveMetric,
  inNegativeMetric,
  reach1Metric,
  reach2Metric,
  reach3Metric,
  reachIn1Metric,
  reachIn2Metric,
  reachIn3Metric,
  firstMetric,
  secondMetric,
  totalMetric,
  pagerankMetric,
  dependencePagerankMetric,
  betweennessMetric,
] as const;

export type MetricName = (typeof METRIC_DESCRIPTORS)[number]['id'];

export const METRIC_NAMES: readonly MetricName[] = METRIC_DESCRIPTORS.map((d) => d.id);

const BY_ID = new Map<string, MetricDescriptor<MetricName>>(METRIC_DESCRIPTORS.map((d) => [d.id, d]));

export function isMetricName(name: string): name is MetricName {
  return BY_ID.has(name);
}

function metricDescriptor(name: MetricName): MetricDescriptor<MetricName> {
  return BY_ID.get(name)!;
}

/** i18next key of a metric's label. */
export const metricLabelKey = (name: MetricName): string => metricDescriptor(name).labelKey;

/** Key of the compact header where there is one, else of the full label. */
export const metricShortLabelKey = (name: MetricName): string => metricDescriptor(name).shortLabelKey ?? metricDescriptor(name).labelKey;

/** The metrics `sdg-graph rank --by` offers, in registry order. */
export const CLI_RANK_METRICS: readonly MetricName[] = METRIC_DESCRIPTORS.filter((d) => d.cliRank).map((d) => d.id);
