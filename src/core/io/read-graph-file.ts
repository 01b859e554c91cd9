/**
 * One entry point for every network file. `readGraphFile(name, text)` reads the text formats
 * synchronously; `readGraphBytes(name, data)` takes the file's bytes (ArrayBuffer) or text and also
 * reads binary formats (XLSX), decodes Windows-1251 and UTF-16, and applies the size limit. The reader
 * is picked from the extension through the format collection (formats/index.ts), then from the
 * content (a renamed XLSX, a JSON or XML file named .txt, matrix vs edge list).
 */
import { readCsv } from './formats/csv.ts';
import { ACCEPTED_EXTENSIONS, FORMATS, formatOfExtension } from './formats/index.ts';
import { decodeText, isOle2, looksBinary, toBytes } from './decode.ts';
import { MAX_FILE_BYTES, tooLarge } from './limits.ts';
import { readFailure, readProblem, type ImportDetails, type ReadResult, type ReadWarning } from './result.ts';
import { checkNetwork } from './check-network.ts';
import { unexpectedFailure } from './unexpected.ts';

const extOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
/** ".csv, .tsv, …": the parameter of the messages that list what the app reads */
const extensionList = () => ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(', ');

/** A reader's result through the one check of every way in (check-network.ts). */
const checked = (name: string, r: ReadResult): ReadResult => (r.ok ? checkNetwork(name, r.network, r.warnings) : r);

/**
 * Any text format by name and content: what the CLI and the import worker call after decoding. Never
 * throws: a reader bug or an engine limit (stack depth, string length) becomes `readerFailed`.
 */
export function readGraphFile(name: string, text: string, details: ImportDetails = {}, warnings: ReadWarning[] = []): ReadResult {
  try {
    return checked(name, readTextUnchecked(name, text, details, warnings));
  } catch (e) {
    return unexpectedFailure(name, e);
  }
}

function readTextUnchecked(name: string, text: string, details: ImportDetails, warnings: ReadWarning[]): ReadResult {
  const ext = extOf(name);
  if (!text.replace(/^\uFEFF/, '').trim()) return readFailure(name, null, null, 'fileEmpty');
  if (looksBinary(text)) return readFailure(name, null, null, 'binaryFile', { extensions: extensionList() });
  const withPre = (r: ReadResult): ReadResult => (r.ok && warnings.length ? { ...r, warnings: [...warnings, ...r.warnings] } : r);
  const withDetails = (r: ReadResult): ReadResult => (r.ok ? { ...r, network: { ...r.network, details: { ...details, ...r.network.details } } } : r);
  const format = formatOfExtension(ext);
  if (format?.readText && format.id !== 'csv') return withDetails(withPre(format.readText(name, text)));
  // Files named .csv/.txt (or nothing) may hold JSON or XML: the content decides, CSV last.
  if (format?.id === 'csv' || ext === '') {
    const head = text.replace(/^\uFEFF/, '').trimStart();
    const sniffed = FORMATS.find((f) => f.sniffText?.(head));
    if (sniffed?.readText) return withDetails(withPre(sniffed.readText(name, text)));
    return readCsv(name, text, details, warnings);
  }
  if (ext === 'xls') return readFailure(name, null, null, 'oldXls');
  return readFailure(name, null, null, 'unsupportedType', { ext, extensions: extensionList() });
}

/** Any supported file from its bytes (or text). Never throws on bad input; never rejects. */
export async function readGraphBytes(name: string, data: ArrayBuffer | Uint8Array | string): Promise<ReadResult> {
  try {
    return await readBytesUnchecked(name, data);
  } catch (e) {
    return unexpectedFailure(name, e);
  }
}

async function readBytesUnchecked(name: string, data: ArrayBuffer | Uint8Array | string): Promise<ReadResult> {
  if (typeof data === 'string') {
    if (data.length > MAX_FILE_BYTES) return tooLarge(name, data.length);
    return readGraphFile(name, data);
  }
  const bytes = toBytes(data);
  if (bytes.byteLength > MAX_FILE_BYTES) return tooLarge(name, bytes.byteLength);
  if (bytes.byteLength === 0) return readFailure(name, null, null, 'fileEmpty');
  const byExt = formatOfExtension(extOf(name));
  const binary = byExt?.readBytes ? byExt : FORMATS.find((f) => f.readBytes && f.sniffBytes?.(bytes));
  if (binary?.readBytes) return checked(name, await binary.readBytes(name, bytes));
  if (isOle2(bytes)) return readFailure(name, null, null, 'oldXls');
  const decoded = decodeText(bytes);
  const warnings: ReadWarning[] = decoded.note ? [readProblem(name, null, null, decoded.note)] : [];
  return readGraphFile(name, decoded.text, { encoding: decoded.encoding }, warnings);
}
