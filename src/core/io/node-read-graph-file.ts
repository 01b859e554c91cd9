/** readGraphBytes for a path on disk (CLI and scripts only; the app reads File objects). */
import { readFileSync, statSync } from 'node:fs';
import { readGraphBytes } from './read-graph-file.ts';
import { readFailure, type ReadResult } from './result.ts';
import { MAX_FILE_BYTES, tooLarge } from './limits.ts';

export async function readGraphFileFromPath(path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return tooLarge(path, size);
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? readFailure(path, null, null, 'fileNotFound') : code === 'EISDIR' ? readFailure(path, null, null, 'isDirectory')
      : readFailure(path, null, null, 'fileUnreadable', { reason: (e as Error).message });
  }
  return readGraphBytes(path, bytes);
}
