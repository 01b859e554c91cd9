/**
 * The one message shape between a page and its workers, and the handler shape both sides share. A
 * worker module is a table of handlers (`WorkerApi`); the same table runs on the calling thread where
 * `Worker` is missing, so a handler sees the same tools in both places.
 */
export interface WorkerTools<P> {
  /** Sends an intermediate value to the caller's `onProgress`. */
  progress(value: P): void;
  /** Aborted when the caller cancels; long handlers check it between steps. */
  signal: AbortSignal;
}

/** @internal exported for its unit test */
export type Handler<I, O, P = never> = (input: I, tools: WorkerTools<P>) => O | Promise<O>;

// `never` input and `unknown` output accept every handler (parameters are compared contravariantly).
export type WorkerApi = Record<string, Handler<never, unknown, never>>;

export type InputOf<H> = H extends (input: infer I, tools: never) => unknown ? I : never;
export type OutputOf<H> = H extends (...args: never[]) => infer O ? Awaited<O> : never;
export type ProgressOf<H> = H extends (input: never, tools: WorkerTools<infer P>) => unknown ? P : never;

export type ToWorker =
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; value: unknown }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string };

/** What a cancelled call rejects with (a DOMException named AbortError, as fetch does). */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export function isAbortError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';
}
