/// <reference lib="webworker" />
/**
 * Worker side: `exposeWorker(api)` answers calls from `workerClient` with progress, a result or an
 * error message. A cancel message aborts the call's signal; callers that cannot wait for a busy
 * handler to notice terminate the worker instead (workerClient's `perCall`).
 */
import type { FromWorker, ToWorker, WorkerApi } from './protocol.ts';

export function exposeWorker(api: WorkerApi, scope: DedicatedWorkerGlobalScope = self as unknown as DedicatedWorkerGlobalScope): void {
  const running = new Map<number, AbortController>();
  const post = (m: FromWorker) => scope.postMessage(m);
  scope.onmessage = async (e: MessageEvent<ToWorker>) => {
    const m = e.data;
    if (m.type === 'cancel') {
      running.get(m.id)?.abort();
      return;
    }
    const { id, method, input } = m;
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const handler = api[method];
      if (!handler) throw new Error(`unknown worker method ${method}`);
      const value = await handler(input as never, {
        progress: (v) => post({ type: 'progress', id, value: v }),
        signal: controller.signal,
      });
      if (!controller.signal.aborted) post({ type: 'result', id, value });
    } catch (err) {
      // Every failure ends in a message, so the caller never waits on a silent worker.
      if (!controller.signal.aborted) post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
    } finally {
      running.delete(id);
    }
  };
}
