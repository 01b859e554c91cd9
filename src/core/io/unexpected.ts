/**
 * The one mapping of an unexpected exception (a reader bug, a library's own error, an engine limit
 * such as "Maximum call stack size exceeded" or "Invalid string length") to a located message. The
 * user sees `readerFailed` naming the file; the technical text stays in `technical`, which no
 * renderer shows, for the console and bug reports.
 */
import { readProblem, type ReadError } from './result.ts';

export type UnexpectedError = ReadError & { technical: string };

/** The technical text of any thrown value, first line, short. */
export function technicalText(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.split('\n')[0].slice(0, 300);
}

export function unexpectedFailure(file: string, e: unknown): { ok: false; error: UnexpectedError } {
  return { ok: false, error: { ...readProblem(file, null, null, 'readerFailed'), technical: technicalText(e) } };
}
