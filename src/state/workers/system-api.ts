/**
 * Handlers of the systems-analysis worker (state/system-worker.ts), also run on the calling thread
 * without Worker: robustness reruns a metric hundreds of times, and long loop searches can take
 * seconds on big imports, so both leave the main thread. The graph travels serialised.
 */
import { DirectedGraph } from 'graphology';
import type { InterlinkageGraph } from '../../core/graph/types.ts';
import { robustness, type RobustnessOptions, type RobustnessResult } from '../../core/analysis/robustness.ts';
import { findLoops, type LoopsOptions, type LoopsResult } from '../../core/analysis/loops.ts';
import type { WorkerTools } from './protocol.ts';

type SerialisedGraph = ReturnType<InterlinkageGraph['export']>;

export interface RobustnessProgress { done: number; runs: number }

export const systemApi = {
  robustness(input: { graph: SerialisedGraph; options: Omit<RobustnessOptions, 'onProgress' | 'signal'> }, tools: WorkerTools<RobustnessProgress>): RobustnessResult {
    const graph = DirectedGraph.from(input.graph) as InterlinkageGraph;
    return robustness(graph, { ...input.options, signal: tools.signal, onProgress: (done, runs) => tools.progress({ done, runs }) });
  },
  loops(input: { graph: SerialisedGraph; options: LoopsOptions }): LoopsResult {
    return findLoops(DirectedGraph.from(input.graph) as InterlinkageGraph, input.options);
  },
};
