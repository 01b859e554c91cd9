/**
 * Handlers of the metrics worker (state/core-worker.ts), also run on the calling thread without
 * Worker. The graph travels as graphology's serialised form; only plain numbers come back.
 */
import { DirectedGraph } from 'graphology';
import { computeAllMetrics, type NodeMetrics } from '../../core/metrics/index.ts';
import type { InterlinkageGraph } from '../../core/graph/types.ts';

type SerialisedGraph = ReturnType<InterlinkageGraph['export']>;

export const metricsApi = {
  computeAll(graph: SerialisedGraph): NodeMetrics[] {
    return computeAllMetrics(DirectedGraph.from(graph) as InterlinkageGraph);
  },
};
