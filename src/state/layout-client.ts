/**
 * Big force-directed layouts: ForceAtlas2 in a Web Worker with progress and Stop, and the result
 * cached per dataset (localStorage), so reopening a dataset shows its layout at once.
 */
import { defaultIterations, forceAtlasChunks, type ForceInput } from '../core/layout/force-atlas.ts';
import type { Positions } from '../core/layout/goal-clusters.ts';

export interface LayoutProgress {
  running: boolean;
  done: number;
  total: number;
}

let progress: LayoutProgress = { running: false, done: 0, total: 0 };
const listeners = new Set<() => void>();
let current: { worker: Worker | null; stop: () => void } | null = null;

function emit(p: LayoutProgress) {
  progress = p;
  listeners.forEach((l) => l());
}

export const layoutProgress = {
  subscribe(l: () => void) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  get: () => progress,
};

const cacheKey = (datasetId: string, nodes: number, edges: number) => `sdg.layout.fa2.${datasetId}.${nodes}.${edges}`;

export function cachedLayout(datasetId: string, nodes: number, edges: number): Positions | null {
  try {
    const raw = localStorage.getItem(cacheKey(datasetId, nodes, edges));
    return raw ? (JSON.parse(raw) as Positions) : null;
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
  current?.stop();
}

/**
 * Runs ForceAtlas2; `onPositions` receives intermediate and final positions. Resolves with the final
 * positions (or the last ones reached when stopped).
 */
export function runForceLayout(datasetId: string, input: Omit<ForceInput, 'iterations'>, onPositions: (p: Positions) => void): Promise<Positions> {
  stopLayout();
  const total = defaultIterations(input.nodes.length);
  const job: ForceInput = { ...input, iterations: total };
  emit({ running: true, done: 0, total });
  return new Promise((resolve) => {
    let last: Positions = input.start;
    const finish = (save: boolean) => {
      current = null;
      emit({ running: false, done: progress.done, total });
      if (save) saveLayout(datasetId, input.nodes.length, input.edges.length, last);
      resolve(last);
    };
    if (typeof Worker === 'undefined') {
      // Node and jsdom tests: same computation, on this thread.
      for (const step of forceAtlasChunks(job)) {
        last = step.positions;
        emit({ running: true, done: step.done, total });
      }
      onPositions(last);
      finish(true);
      return;
    }
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    current = { worker, stop: () => { worker.terminate(); onPositions(last); finish(false); } };
    worker.onmessage = (e: MessageEvent<{ done: number; total: number; positions: Positions }>) => {
      last = e.data.positions;
      emit({ running: true, done: e.data.done, total });
      onPositions(last);
      if (e.data.done >= e.data.total) {
        worker.terminate();
        finish(true);
      }
    };
    worker.onerror = () => { worker.terminate(); finish(false); };
    worker.postMessage(job);
  });
}
