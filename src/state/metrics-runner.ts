/**
 * Metrics for a graph: in a Web Worker in the browser (one worker, reused); on the calling thread in
 * Node and jsdom, which have no Worker.
 */
import type { InterlinkageGraph } from '../core/graph/types.ts';
import type { NodeMetrics } from '../core/metrics/index.ts';
import { workerClient } from './workers/client.ts';
import type { metricsApi } from './workers/metrics-api.ts';

const client = workerClient<typeof metricsApi>({
  create: () => new Worker(new URL('./core-worker.ts', import.meta.url), { type: 'module' }),
  local: async () => (await import('./workers/metrics-api.ts')).metricsApi,
});

export function computeMetrics(graph: InterlinkageGraph, signal?: AbortSignal): Promise<NodeMetrics[]> {
  return client.call('computeAll', graph.export(), { signal });
}
