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

type NamedBlob = Blob & { name: string };

async function parse(file: NamedBlob, onProgress: (message: AppMessage) => void, signal: AbortSignal, pairFile?: NamedBlob): Promise<ReadResult | null> {
  let data: ArrayBuffer;
  let pair: { name: string; data: ArrayBuffer } | undefined;
  try {
    data = await file.arrayBuffer();
    if (pairFile) pair = { name: pairFile.name, data: await pairFile.arrayBuffer() };
  } catch (e) {
    return readFailure(file.name, null, null, 'fileNotReadable', { reason: (e as Error).message });
  }
  if (signal.aborted) return null;
  try {
    return await client.call('read', { name: file.name, data, ...(pair ? { pair } : {}) }, { signal, onProgress, transfer: pair ? [data, pair.data] : [data] });
  } catch (e) {
    if (isAbortError(e)) return null;
    // "Failed to execute 'postMessage'…", an out-of-memory worker: the user gets a located message,
    // the console the browser's own words.
    console.error(e);
    return unexpectedFailure(file.name, e);
  }
}

/** `pair`: a second file chosen with the first (a links CSV and its nodes CSV), read together. */
export function parseFile(file: NamedBlob, onProgress: (message: AppMessage) => void = () => {}, pair?: NamedBlob): ImportJob {
  const controller = new AbortController();
  onProgress({ code: 'importOpening', params: { file: file.name } });
  let cancel: () => void = () => {};
  // Cancel resolves to null at once, without waiting for the reader to notice.
  const cancelled = new Promise<null>((resolve) => { cancel = () => resolve(null); });
  const promise = Promise.race([parse(file, onProgress, controller.signal, pair), cancelled]);
  return {
    promise,
    cancel() {
      controller.abort();
      cancel();
    },
  };
}
