/** readGraphFile for a path on disk (CLI and scripts only; the app reads File objects). */
import { readFileSync } from 'node:fs';
import { readGraphFile } from './read-graph-file.ts';
import { readFailure, type ReadResult } from './result.ts';

export function readGraphFileFromPath(path: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return readFailure(path, null, null, code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : `cannot read: ${(e as Error).message}`);
  }
  return readGraphFile(path, text);
}
