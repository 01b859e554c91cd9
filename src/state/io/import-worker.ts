/// <reference lib="webworker" />
/**
 * Parses one imported file off the main thread. Messages: in `{ id, name, data }` (ArrayBuffer,
 * transferred); out `{ id, progress }` then `{ id, result }` (a ReadResult). Cancel = terminate().
 */
import { readGraphBytes } from '../../core/io/read-graph-file.ts';
import { readFailure } from '../../core/io/result.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

const post = (m: ImportResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { id, name, data } = e.data;
  post({ id, progress: { code: 'importReading', params: { file: name, kb: Math.round(data.byteLength / 1024) } } });
  try {
    const result = await readGraphBytes(name, data);
    post({ id, result });
  } catch (err) {
    // A reader bug must still end in a message, not a silent worker.
    post({ id, result: readFailure(name, null, null, 'importCrashed', { reason: (err as Error).message }) });
  }
};
