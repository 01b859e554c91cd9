/**
 * One descriptor per file format the app reads or writes. The collection (index.ts) is the only list:
 * the file picker's `accept`, content sniffing, the "unsupported file type" message, the CLI usage and
 * the import dialog's format names all come from it. Adding a reader = one file here + one line in
 * index.ts + its `io.format.*` label keys in the three locale files.
 */
import type { ReadResult } from '../result.ts';

export interface FormatDescriptor {
  id: string;
  /** plain technical name for the CLI usage ("GraphML"); the UI uses `labelKey` */
  name: string;
  /** lower case, no dot; the first is the one written */
  extensions: readonly string[];
  mime: string;
  /** i18next key of the format's name in the interface */
  labelKey: string;
  /** `ImportedNetwork.format` values this reader produces (each has `io.format.<value>`) */
  produces: readonly string[];
  /** reads the decoded text of a file */
  readText?: (file: string, text: string) => ReadResult;
  /** reads the file's bytes (binary formats) */
  readBytes?: (file: string, bytes: Uint8Array) => Promise<ReadResult>;
  /** recognises the format from its content, for files whose extension says nothing (.txt, none) */
  sniffText?: (head: string) => boolean;
  sniffBytes?: (bytes: Uint8Array) => boolean;
}
