/**
 * The metrics' public face: the registry (registry.ts, one descriptor per metric), the all-metrics
 * pass (compute-all.ts). Callers that need one metric import it from its own module; the app's page
 * imports names and labels from registry.ts itself, since this module brings the all-metrics pass.
 */
export { METRIC_NAMES, CLI_RANK_METRICS, type MetricName } from './registry.ts';
export { computeAllMetrics, sortByMetric, type NodeMetrics } from './compute-all.ts';
