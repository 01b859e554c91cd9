/**
 * The message codes the store itself reports (opening datasets, links, saved imports, metrics), and
 * the one way any failure becomes a message: typed errors keep their code and place; anything else
 * (a browser's network error, a bug) is carried as its technical text under `unexpected`.
 * Each code has `messages.<code>` in every locale file (tests/core/io/message-codes.test.ts).
 */
import { message, MessageError, type AppMessage, type MessageParams } from '../core/model/message.ts';
import { ReadErrorThrown } from '../core/io/result.ts';

/** @internal exported for its unit test */
export const STATE_MESSAGE_CODES = [
  'datasetOpenFailed', 'datasetUnknown', 'datasetListEmpty', 'dataNotBundled', 'dataHttpStatus', 'dataNotJson',
  'metricsFailed', 'linkOpenFailed', 'linkHttpStatus', 'linkCrossOrigin', 'savedImportsProblems', 'importNotSaved',
  'storedPresentSkipped', 'storedPresentPartial', 'presentNotLoaded', 'presentNotSaved', 'unexpected',
  'importNotInBrowser', 'storageGone', 'sessionRestoring',
] as const;

export type StateMessageCode = (typeof STATE_MESSAGE_CODES)[number];

export const stateMessage = (code: StateMessageCode, params?: MessageParams, cause?: AppMessage): AppMessage => message(code, params, cause);

/** Any thrown value as a message, keeping a typed error's own code, parameters and place. */
export function messageOf(e: unknown): AppMessage {
  if (e instanceof MessageError) return e.appMessage;
  if (e instanceof ReadErrorThrown) return e.error;
  return stateMessage('unexpected', { reason: e instanceof Error ? e.message : String(e) });
}
