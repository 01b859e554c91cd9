/**
 * The metrics' public face: the registry (registry.ts, one descriptor per metric), the all-metrics
 * pass (compute-all.ts) and each metric's own function for callers that need just one.
 */
export {
  METRIC_DESCRIPTORS, METRIC_NAMES, CLI_RANK_METRICS, isMetricName, metricDescriptor, metricLabelKey, metricShortLabelKey,
  type MetricName,
} from './registry.ts';
export type { MetricDescriptor } from './descriptor.ts';
export type { MetricsOptions } from './context.ts';
export { computeAllMetrics, rankValues, sortByMetric, type NodeMetrics } from './compute-all.ts';
export { BETWEENNESS_AUTO_LIMIT } from './betweenness.ts';

export { outDegree, inDegree } from './degree.ts';
export { outStrength, inStrength } from './strength.ts';
export { reach, reachProfile } from './reach.ts';
export { firstOrderInfluence, secondOrderInfluence, totalInfluence } from './influence-order.ts';
export { influencePagerank, dependencePagerank } from './pagerank.ts';
export { betweenness } from './betweenness.ts';
export { louvainCommunities } from './communities.ts';
