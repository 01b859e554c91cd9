/**
 * Caller side: `workerClient<Api>({ create, local })` turns a worker's handler table into typed calls
 * with progress and cancellation through an AbortSignal. Where `Worker` is missing (Node, jsdom) the
 * same handlers, loaded by `local`, run on the calling thread.
 *
 * Two lifetimes: `perCall` starts a worker for each call and terminates it when the call ends or is
 * cancelled (a busy synchronous handler cannot read a cancel message, so terminating is the only
 * prompt stop); otherwise one worker serves every call and a cancel is signalled to it.
 */
import {
  abortReason, type FromWorker, type InputOf, type OutputOf, type ProgressOf, type ToWorker, type WorkerApi,
} from './protocol.ts';

interface CallOptions<P> {
  onProgress?: (value: P) => void;
  signal?: AbortSignal;
  /** Moved, not copied, to the worker (e.g. a file's ArrayBuffer). */
  transfer?: Transferable[];
}

interface WorkerClientOptions<A extends WorkerApi> {
  /** `() => new Worker(new URL('./x-worker.ts', import.meta.url), { type: 'module' })`, literal so Vite bundles it. */
  create: () => Worker;
  /** The same handlers for the calling thread. */
  local: () => A | Promise<A>;
  perCall?: boolean;
}

interface WorkerClient<A extends WorkerApi> {
  call<K extends keyof A & string>(method: K, input: InputOf<A[K]>, options?: CallOptions<ProgressOf<A[K]>>): Promise<OutputOf<A[K]>>;
  /** False where the calls run on the calling thread. */
  readonly inWorker: boolean;
}

interface Pending { progress?: (v: unknown) => void; ok: (v: unknown) => void; fail: (e: unknown) => void }

const NEVER_ABORTED = new AbortController().signal;

export function workerClient<A extends WorkerApi>(options: WorkerClientOptions<A>): WorkerClient<A> {
  let shared: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, Pending>();
  /** Which worker runs each call, so a crash fails only its own calls. */
  const owner = new Map<number, Worker>();

  function settle(id: number): Pending | undefined {
    const p = pending.get(id);
    pending.delete(id);
    return p;
  }

  function attach(worker: Worker, onDeath: () => void) {
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') pending.get(m.id)?.progress?.(m.value);
      else if (m.type === 'result') settle(m.id)?.ok(m.value);
      else settle(m.id)?.fail(new Error(m.message));
    };
    worker.onerror = (e) => {
      onDeath();
      worker.terminate();
      // A dead worker fails its waiting calls instead of leaving the caller spinning.
      const message = e.message || 'worker failed';
      for (const [id, p] of [...pending]) if (owner.get(id) === worker) { pending.delete(id); p.fail(new Error(message)); }
    };
  }

  async function runLocal(method: string, input: unknown, opts: CallOptions<unknown>): Promise<unknown> {
    const signal = opts.signal ?? NEVER_ABORTED;
    if (signal.aborted) throw abortReason(signal);
    const api = await options.local();
    return new Promise((ok, fail) => {
      const onAbort = () => fail(abortReason(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      const handler = api[method] as (i: unknown, t: { progress(v: unknown): void; signal: AbortSignal }) => unknown;
      Promise.resolve()
        .then(() => {
          if (signal.aborted) throw abortReason(signal);
          return handler(input, { progress: (v) => { if (!signal.aborted) opts.onProgress?.(v); }, signal });
        })
        .then(ok, fail)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  function runInWorker(method: string, input: unknown, opts: CallOptions<unknown>): Promise<unknown> {
    const signal = opts.signal;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const id = ++seq;
    let worker: Worker;
    if (options.perCall) {
      worker = options.create();
      attach(worker, () => {});
    } else {
      if (!shared) {
        const w = (shared = options.create());
        attach(w, () => { if (shared === w) shared = null; });
      }
      worker = shared;
    }
    return new Promise((ok, fail) => {
      const done = () => {
        owner.delete(id);
        signal?.removeEventListener('abort', onAbort);
        if (options.perCall) worker.terminate();
      };
      const onAbort = () => {
        if (!pending.has(id)) return;
        settle(id);
        if (!options.perCall) worker.postMessage({ type: 'cancel', id } satisfies ToWorker);
        done();
        fail(abortReason(signal!));
      };
      pending.set(id, {
        progress: opts.onProgress as ((v: unknown) => void) | undefined,
        ok: (v) => { done(); ok(v); },
        fail: (e) => { done(); fail(e); },
      });
      owner.set(id, worker);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ type: 'call', id, method, input } satisfies ToWorker, opts.transfer ?? []);
    });
  }

  return {
    get inWorker() { return typeof Worker !== 'undefined'; },
    call(method, input, opts = {}) {
      const run = typeof Worker === 'undefined' ? runLocal : runInWorker;
      return run(method, input, opts as CallOptions<unknown>) as Promise<never>;
    },
  };
}
