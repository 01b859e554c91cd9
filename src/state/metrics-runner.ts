/**
 * Metrics for a graph: in a Web Worker in the browser; directly in Node and jsdom, which have no Worker.
 */
import type { InterlinkageGraph } from '../core/graph/types.ts';
import type { NodeMetrics } from '../core/metrics/index.ts';
import type { MetricsRequest, MetricsResponse } from './core-worker.ts';

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { ok: (m: NodeMetrics[]) => void; fail: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./core-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<MetricsResponse>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.metrics) p.ok(e.data.metrics);
      else p.fail(new Error(e.data.error ?? 'metrics worker failed'));
    };
    worker.onerror = (e) => {
      // A dead worker fails every waiting request instead of leaving the panel spinning.
      for (const p of pending.values()) p.fail(new Error(e.message || 'metrics worker failed'));
      pending.clear();
      worker = null;
    };
  }
  return worker;
}

export async function computeMetrics(graph: InterlinkageGraph): Promise<NodeMetrics[]> {
  if (typeof Worker === 'undefined') {
    const { computeAllMetrics } = await import('../core/metrics/index.ts');
    return computeAllMetrics(graph);
  }
  const id = ++seq;
  return new Promise((ok, fail) => {
    pending.set(id, { ok, fail });
    getWorker().postMessage({ id, graph: graph.export() } satisfies MetricsRequest);
  });
}
