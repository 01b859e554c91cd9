/**
 * Big force-directed layouts: ForceAtlas2 in a Web Worker with progress and Stop, and the result
 * cached per dataset (localStorage), so reopening a dataset shows its layout at once.
 */
import * as v from 'valibot';
import { PositionsSchema } from '../core/model/view-schema.ts';
import { createStore } from 'zustand/vanilla';
import { defaultIterations, type ForceInput } from '../core/layout/force-atlas.ts';
import type { Positions } from '../core/layout/goal-clusters.ts';
import { workerClient } from './workers/client.ts';
import { isAbortError } from './workers/protocol.ts';
import type { layoutApi } from './workers/layout-api.ts';

export interface LayoutProgress {
  running: boolean;
  done: number;
  total: number;
}

/** Progress of the running layout, for the progress bar (zustand `useStore(layoutProgressStore, selector)`). */
export const layoutProgressStore = createStore<LayoutProgress>(() => ({ running: false, done: 0, total: 0 }));

// A worker per run: Stop has to end a busy ForceAtlas2 loop at once, and only terminate() can.
const client = workerClient<typeof layoutApi>({
  create: () => new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' }),
  local: async () => (await import('./workers/layout-api.ts')).layoutApi,
  perCall: true,
});

let current: AbortController | null = null;

const cacheKey = (datasetId: string, nodes: number, edges: number) => `sdg.layout.fa2.${datasetId}.${nodes}.${edges}`;

export function cachedLayout(datasetId: string, nodes: number, edges: number): Positions | null {
  try {
    const raw = localStorage.getItem(cacheKey(datasetId, nodes, edges));
    // Another version or a full quota may have left anything there: only well-formed positions count.
    const parsed = raw ? v.safeParse(PositionsSchema, JSON.parse(raw)) : null;
    return parsed?.success ? parsed.output : null;
  } catch {
    return null;
  }
}

function saveLayout(datasetId: string, nodes: number, edges: number, positions: Positions) {
  try {
    // Rounded: a 50k-node layout then fits well inside the storage quota.
    const compact: Positions = {};
    for (const [k, p] of Object.entries(positions)) compact[k] = { x: Math.round(p.x), y: Math.round(p.y) };
    localStorage.setItem(cacheKey(datasetId, nodes, edges), JSON.stringify(compact));
  } catch {
    // Quota exceeded or storage disabled: the layout still shows, it is just not remembered.
  }
}

/** Stops the running layout; the positions reached so far stay. */
export function stopLayout() {
  current?.abort();
}

/**
 * Runs ForceAtlas2; `onPositions` receives intermediate (in the worker) and final positions. Resolves
 * with the final positions, or the last ones reached when stopped; only a finished layout is cached.
 */
export async function runForceLayout(datasetId: string, input: Omit<ForceInput, 'iterations'>, onPositions: (p: Positions) => void): Promise<Positions> {
  stopLayout();
  const total = defaultIterations(input.nodes.length);
  const job: ForceInput = { ...input, iterations: total };
  const controller = (current = new AbortController());
  const { setState } = layoutProgressStore;
  setState({ running: true, done: 0, total });
  let last: Positions = input.start;
  let finished = false;
  try {
    await client.call('forceAtlas', job, {
      signal: controller.signal,
      onProgress: (step) => {
        last = step.positions;
        setState({ running: true, done: step.done, total });
        // On the calling thread the steps come in one go; drawing each would only slow it down.
        if (client.inWorker) onPositions(last);
      },
    });
    if (!client.inWorker) onPositions(last);
    finished = true;
  } catch (err) {
    if (isAbortError(err)) onPositions(last);
  } finally {
    // A newer run (which stopped this one) owns the progress bar now.
    if (current === controller) {
      current = null;
      setState({ running: false });
    }
  }
  if (finished) saveLayout(datasetId, input.nodes.length, input.edges.length, last);
  return last;
}
