/**
 * Handlers of the import worker (io/import-worker.ts), also run on the calling thread without Worker.
 * In: the file's name and bytes (transferred); progress: an AppMessage; out: the reader's ReadResult.
 */
import { readGraphBytes } from '../../core/io/read-graph-file.ts';
import { readGraphFiles } from '../../core/io/read-pair.ts';
import type { ReadResult } from '../../core/io/result.ts';
import { unexpectedFailure } from '../../core/io/unexpected.ts';
import type { AppMessage } from '../../core/model/message.ts';
import type { WorkerTools } from '../workers/protocol.ts';

/** `pair`: a second file chosen together with the first (a nodes CSV with its links CSV, read-pair.ts). */
interface ImportRequest { name: string; data: ArrayBuffer; pair?: { name: string; data: ArrayBuffer } }

export const importApi = {
  async read({ name, data, pair }: ImportRequest, { progress }: WorkerTools<AppMessage>): Promise<ReadResult> {
    progress({ code: 'importReading', params: { file: name, kb: Math.round(data.byteLength / 1024) } });
    try {
      return pair ? await readGraphFiles([{ name, data }, pair]) : await readGraphBytes(name, data);
    } catch (err) {
      // A reader bug must still end in a message, not a silent worker; its text goes to the console.
      console.error(err);
      return unexpectedFailure(name, err);
    }
  },
};
