/**
 * The platform globals core may use. Core is type-checked with the ECMAScript library only
 * (tsconfig.core.json: no DOM, no WebWorker, no Node types), because it runs in Node, a Web Worker
 * and the CLI; what all three provide, and core needs, is declared here and nothing else. This file
 * is only in tsconfig.core.json: the main tsconfig.json gets the full definitions from its DOM lib.
 */

/** WHATWG Encoding API (Node ≥ 11, every worker): io/decode.ts reads UTF-8, UTF-16 and Windows-1251. */
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}
declare const TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

/**
 * Compression Streams (Node ≥ 18, every worker and browser): io/xlsx-caps.ts inflates each XLSX entry
 * to count its bytes and rows before the spreadsheet library unpacks anything. Only what it uses.
 */
declare class DecompressionStream {
  constructor(format: 'deflate-raw');
  readonly writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readonly readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } };
}
