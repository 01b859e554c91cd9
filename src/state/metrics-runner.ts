/**
 * Metrics for a graph: in a Web Worker in the browser (one worker, reused); on the calling thread in
 * Node and jsdom, which have no Worker.
 */
import type { InterlinkageGraph } from '../core/graph/types.ts';
import type { NodeMetrics } from '../core/metrics/index.ts';
import { workerClient } from './workers/client.ts';
import type { metricsApi } from './workers/metrics-api.ts';
import { toMetricsWire, wireBuffers } from '../core/graph/metrics-wire.ts';
import { metricsRowsSteps } from '../core/metrics/result-wire.ts';
import { afterTask } from './next-task.ts';

const client = workerClient<typeof metricsApi>({
  create: () => new Worker(new URL('./core-worker.ts', import.meta.url), { type: 'module' }),
  local: async () => (await import('./workers/metrics-api.ts')).metricsApi,
});

/**
 * Above this many links the graph's packing for the worker waits for the page to be idle: it runs on
 * the page's thread, and asked for when the graph is shown it came before the graph's first frame.
 * Smaller graphs send theirs at once. (Packed as core/graph/metrics-wire.ts does, 10k nodes / 100k
 * links take ≈ 20 ms in Node; graphology's export took ≈ 0.27 s in a CPU profile, its clone more.)
 */
const IDLE_EXPORT_LINKS = 5_000;

function whenIdle(): Promise<void> {
  return new Promise((ok) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => ok(), { timeout: 3_000 });
    else ok();
  });
}

/** Rows made again per task on the page's thread (core/metrics/result-wire.ts): 2,000 took 10–30 ms. */
const ROWS_PER_TASK = 2_000;

export async function computeMetrics(graph: InterlinkageGraph, signal?: AbortSignal): Promise<NodeMetrics[]> {
  if (graph.size > IDLE_EXPORT_LINKS) await whenIdle();
  const wire = toMetricsWire(graph);
  const steps = metricsRowsSteps(await client.call('computeAll', wire, { signal, transfer: wireBuffers(wire) }), ROWS_PER_TASK);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await afterTask();
    signal?.throwIfAborted();
  }
}
