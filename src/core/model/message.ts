/**
 * The one message shape that crosses layers: core and state never hand the user English prose, they
 * hand a code with parameters, and the UI and the CLI render it through the locale files
 * (`messages.<code>` in src/ui/locales/*.json). Parameters carry the place (file, sheet, row, column)
 * and the facts (value, count, …) so every language can order them its own way.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface AppMessage {
  /** a key under `messages.` in the locale files */
  code: string;
  params?: MessageParams;
}

export const message = (code: string, params?: MessageParams): AppMessage => (params ? { code, params } : { code });
