/**
 * Runs an import in the Web Worker with progress and cancel. `parseFile(file, onProgress)` returns a
 * handle whose `promise` resolves to the ReadResult, or to null when cancelled. Where Workers are not
 * available (tests in Node), it parses on the calling thread.
 */
import { readGraphBytes } from '../../core/io/read-graph-file.ts';
import { readFailure, type ReadResult } from '../../core/io/result.ts';
import type { AppMessage } from '../../core/model/message.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

export interface ImportJob {
  promise: Promise<ReadResult | null>;
  cancel(): void;
}

let seq = 0;

export function parseFile(file: Blob & { name: string }, onProgress: (message: AppMessage) => void = () => {}): ImportJob {
  let cancelled = false;
  let worker: Worker | null = null;
  let finish: (r: ReadResult | null) => void = () => {};
  const promise = new Promise<ReadResult | null>((resolve) => { finish = resolve; });
  const id = ++seq;
  onProgress({ code: 'importOpening', params: { file: file.name } });
  void file.arrayBuffer().then((data) => {
    if (cancelled) return;
    if (typeof Worker === 'undefined') {
      void readGraphBytes(file.name, data).then((r) => finish(cancelled ? null : r));
      return;
    }
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ImportResponse>) => {
      if (e.data.id !== id || cancelled) return;
      if (e.data.result) { finish(e.data.result); worker?.terminate(); } else if (e.data.progress) onProgress(e.data.progress);
    };
    worker.onerror = (e) => {
      finish(readFailure(file.name, null, null, 'readerStopped', { reason: e.message || 'worker error' }));
      worker?.terminate();
    };
    worker.postMessage({ id, name: file.name, data } satisfies ImportRequest, [data]);
  }, (e: Error) => finish(readFailure(file.name, null, null, 'fileNotReadable', { reason: e.message })));
  return {
    promise,
    cancel() {
      cancelled = true;
      worker?.terminate();
      finish(null);
    },
  };
}
