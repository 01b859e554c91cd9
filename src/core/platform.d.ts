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
