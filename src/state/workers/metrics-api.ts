/**
 * Handlers of the metrics worker (state/core-worker.ts), also run on the calling thread without
 * Worker. The graph travels as what the metrics read of it (core/graph/metrics-wire.ts); the rows come
 * back in columns (core/metrics/result-wire.ts).
 */
import { computeAllMetrics } from '../../core/metrics/index.ts';
import { fromMetricsWire, type MetricsWire } from '../../core/graph/metrics-wire.ts';
import { toMetricsResultWire, type MetricsResultWire } from '../../core/metrics/result-wire.ts';

export const metricsApi = {
  computeAll(graph: MetricsWire): MetricsResultWire {
    return toMetricsResultWire(computeAllMetrics(fromMetricsWire(graph)));
  },
};
