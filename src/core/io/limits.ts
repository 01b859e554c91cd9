/** Import limits: beyond these the app would stall; the reader says so instead of trying. */
import { readFailure } from './result.ts';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_NODES = 20_000;

const MB = 1024 * 1024;

export function tooLarge(file: string, bytes: number) {
  return readFailure(file, null, null, 'fileTooLarge', { size: Math.round((bytes / MB) * 10) / 10, limit: MAX_FILE_BYTES / MB });
}
