/** A store or io message in English words, as the CLI renders it (read errors with their place). */
import type { AppMessage } from '../../src/core/model/message.ts';
import type { ReadError } from '../../src/core/io/result.ts';
import { formatReadError, renderMessage } from '../../src/cli/render.ts';

export const english = (m: AppMessage | null): string | null =>
  m === null ? null : 'file' in m && 'row' in m ? formatReadError(m as ReadError) : renderMessage(m);
