/**
 * Robustness and loops in a Web Worker, one per call: a run of 1,000 perturbed networks is one
 * synchronous loop that cannot read a cancel message, so Stop terminates its worker (perCall).
 * On the calling thread in Node and jsdom, which have no Worker.
 */
import type { InterlinkageGraph } from '../core/graph/types.ts';
import type { RobustnessOptions, RobustnessResult } from '../core/analysis/robustness.ts';
import type { LoopsOptions, LoopsResult } from '../core/analysis/loops.ts';
import { workerClient } from './workers/client.ts';
import type { RobustnessProgress, systemApi } from './workers/system-api.ts';

const client = workerClient<typeof systemApi>({
  create: () => new Worker(new URL('./system-worker.ts', import.meta.url), { type: 'module' }),
  local: async () => (await import('./workers/system-api.ts')).systemApi,
  perCall: true,
});

export function runRobustness(
  graph: InterlinkageGraph, options: Omit<RobustnessOptions, 'onProgress' | 'signal'>,
  onProgress: (p: RobustnessProgress) => void, signal: AbortSignal,
): Promise<RobustnessResult> {
  return client.call('robustness', { graph: graph.export(), options }, { onProgress, signal });
}

export function runLoops(graph: InterlinkageGraph, options: LoopsOptions, signal: AbortSignal): Promise<LoopsResult> {
  return client.call('loops', { graph: graph.export(), options }, { signal });
}
