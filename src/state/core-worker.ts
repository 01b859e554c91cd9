/**
 * Runs the core's metrics off the main thread, so betweenness and Louvain never delay a click. The
 * graph travels as graphology's serialised form; only plain numbers come back.
 */
import { DirectedGraph } from 'graphology';
import { computeAllMetrics, type NodeMetrics } from '../core/metrics/index.ts';
import type { InterlinkageGraph } from '../core/graph/types.ts';

export interface MetricsRequest { id: number; graph: ReturnType<InterlinkageGraph['export']> }
export interface MetricsResponse { id: number; metrics?: NodeMetrics[]; error?: string }

self.onmessage = (e: MessageEvent<MetricsRequest>) => {
  const { id, graph } = e.data;
  try {
    const g = DirectedGraph.from(graph) as InterlinkageGraph;
    (self as unknown as Worker).postMessage({ id, metrics: computeAllMetrics(g) } satisfies MetricsResponse);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, error: (err as Error).message } satisfies MetricsResponse);
  }
};
