/**
 * The one message shape that crosses layers: core and state never hand the user English prose, they
 * hand a code with parameters, and the UI and the CLI render it through the locale files
 * (`messages.<code>` in src/ui/locales/*.json). Parameters carry the place (file, sheet, row, column)
 * and the facts (value, count, …) so every language can order them its own way. A message may carry
 * the message that caused it ("Could not open X" ← "data/x.json, row 3: …"), rendered after it.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface AppMessage {
  /** a key under `messages.` in the locale files */
  code: string;
  params?: MessageParams;
  /** why it happened, when that is a message of its own */
  cause?: AppMessage;
}

export const message = (code: string, params?: MessageParams, cause?: AppMessage): AppMessage => ({
  code, ...(params ? { params } : {}), ...(cause ? { cause } : {}),
});

/** An AppMessage as an exception, for code paths that throw (fetching, parsing our own files). */
export class MessageError extends Error {
  constructor(readonly appMessage: AppMessage) {
    super(appMessage.code);
    this.name = 'MessageError';
  }
}
