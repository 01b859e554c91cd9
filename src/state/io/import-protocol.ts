/**
 * Handlers of the import worker (io/import-worker.ts), also run on the calling thread without Worker.
 * In: the file's name and bytes (transferred); progress: a line of text; out: the reader's ReadResult.
 */
import { readGraphBytes } from '../../core/io/read-graph-file.ts';
import { readFailure, type ReadResult } from '../../core/io/result.ts';
import type { WorkerTools } from '../workers/protocol.ts';

interface ImportRequest { name: string; data: ArrayBuffer }

export const importApi = {
  async read({ name, data }: ImportRequest, { progress }: WorkerTools<string>): Promise<ReadResult> {
    progress(`Reading ${name} (${(data.byteLength / 1024).toFixed(0)} KB)…`);
    try {
      return await readGraphBytes(name, data);
    } catch (err) {
      // A reader bug must still end in a message, not a silent worker.
      return readFailure(name, null, null, `unexpected failure while reading: ${(err as Error).message}`);
    }
  },
};
