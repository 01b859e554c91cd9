/**
 * Handlers of the metrics worker (state/core-worker.ts), also run on the calling thread without
 * Worker. The graph travels as what the metrics read of it (core/graph/metrics-wire.ts); only plain
 * numbers come back.
 */
import { computeAllMetrics, type NodeMetrics } from '../../core/metrics/index.ts';
import { fromMetricsWire, type MetricsWire } from '../../core/graph/metrics-wire.ts';

export const metricsApi = {
  computeAll(graph: MetricsWire): NodeMetrics[] {
    return computeAllMetrics(fromMetricsWire(graph));
  },
};
