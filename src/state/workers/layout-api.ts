/**
 * Handlers of the ForceAtlas2 worker (state/layout-worker.ts): positions after every chunk go out as
 * progress, so the user sees the layout form; Stop terminates the worker (or, on the calling thread,
 * ends the loop at the next chunk).
 */
import { forceAtlasChunks, type ForceInput } from '../../core/layout/force-atlas.ts';
import type { Positions } from '../../core/layout/goal-clusters.ts';
import type { WorkerTools } from './protocol.ts';

interface LayoutStep { done: number; total: number; positions: Positions }

export const layoutApi = {
  forceAtlas(job: ForceInput, { progress, signal }: WorkerTools<LayoutStep>): void {
    for (const step of forceAtlasChunks(job)) {
      if (signal.aborted) return;
      progress(step);
    }
  },
};
