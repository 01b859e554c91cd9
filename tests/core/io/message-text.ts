/** Tests check the English words of io messages through the CLI's renderer, as a user reads them. */
import type { AppMessage } from '../../../src/core/model/message.ts';
import type { ReadError, ReadResult } from '../../../src/core/io/result.ts';
import { renderMessage } from '../../../src/cli/render.ts';

export const text = (m: AppMessage): string => renderMessage(m);

/** A read error as { file, row, column, sheet?, message } with the message in English. */
export const located = ({ file, row, column, sheet, ...m }: ReadError) => ({ file, row, column, ...(sheet !== undefined ? { sheet } : {}), message: text(m as AppMessage) });

/** A failed ReadResult with its error rendered, for whole-value comparisons. */
export const rendered = (r: ReadResult) => (r.ok ? r : { ok: false as const, error: located(r.error) });

/** A refused session ({ ok: false, error }) as { ok: false, message } in English. */
export const refusal = (r: { ok: true } | { ok: false; error: AppMessage }) => (r.ok ? r : { ok: false as const, message: text(r.error) });
