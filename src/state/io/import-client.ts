/**
 * Runs an import in the Web Worker with progress and cancel. `parseFile(file, onProgress)` returns a
 * handle whose `promise` resolves to the ReadResult, or to null when cancelled. Where Workers are not
 * available (tests in Node), it parses on the calling thread.
 */
import { readFailure, type ReadResult } from '../../core/io/result.ts';
import { unexpectedFailure } from '../../core/io/unexpected.ts';
import type { AppMessage } from '../../core/model/message.ts';
import { workerClient } from '../workers/client.ts';
import { isAbortError } from '../workers/protocol.ts';
import type { importApi } from './import-protocol.ts';

export interface ImportJob {
  promise: Promise<ReadResult | null>;
  cancel(): void;
}

// A worker per file: Cancel must stop a reader in the middle of a big sheet, which only terminate() can.
const client = workerClient<typeof importApi>({
  create: () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }),
  local: async () => (await import('./import-protocol.ts')).importApi,
  perCall: true,
});

async function parse(file: Blob & { name: string }, onProgress: (message: AppMessage) => void, signal: AbortSignal): Promise<ReadResult | null> {
  let data: ArrayBuffer;
  try {
    data = await file.arrayBuffer();
  } catch (e) {
    return readFailure(file.name, null, null, 'fileNotReadable', { reason: (e as Error).message });
  }
  if (signal.aborted) return null;
  try {
    return await client.call('read', { name: file.name, data }, { signal, onProgress, transfer: [data] });
  } catch (e) {
    if (isAbortError(e)) return null;
    // "Failed to execute 'postMessage'…", an out-of-memory worker: the user gets a located message,
    // the console the browser's own words.
    console.error(e);
    return unexpectedFailure(file.name, e);
  }
}

export function parseFile(file: Blob & { name: string }, onProgress: (message: AppMessage) => void = () => {}): ImportJob {
  const controller = new AbortController();
  onProgress({ code: 'importOpening', params: { file: file.name } });
  let cancel: () => void = () => {};
  // Cancel resolves to null at once, without waiting for the reader to notice.
  const cancelled = new Promise<null>((resolve) => { cancel = () => resolve(null); });
  const promise = Promise.race([parse(file, onProgress, controller.signal), cancelled]);
  return {
    promise,
    cancel() {
      controller.abort();
      cancel();
    },
  };
}
