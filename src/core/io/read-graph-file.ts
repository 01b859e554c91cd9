/**
 * One entry point for every network file. `readGraphFile(name, text)` reads the text formats
 * synchronously; `readGraphBytes(name, data)` takes the file's bytes (ArrayBuffer) or text and also
 * reads XLSX, decodes Windows-1251 and UTF-16, and applies the size limit. The reader is picked from the
 * extension, then from the content (a renamed XLSX, a JSON or XML file named .txt, matrix vs edge list).
 */
import { csvRows } from './csv-rows.ts';
import { readCsvEdgeList } from './csv-edge-list.ts';
import { readCsvMatrix } from './csv-matrix.ts';
import { readDatasetValue } from './dataset-json.ts';
import { looksLikeCyjs, parseJson, readCyjs, readCyjsValue } from './cyjs.ts';
import { readGexf, readGraphml, sniffXmlKind } from './xml-graph.ts';
import { looksLikeMatrixRows } from './tables.ts';
import { decodeText, isOle2, isZip, looksBinary, toBytes } from './decode.ts';
import { MAX_FILE_BYTES, tooLargeMessage } from './limits.ts';
import { readFailure, type ImportDetails, type ReadResult, type ReadWarning } from './result.ts';

export type GraphFileReader = (file: string, text: string) => ReadResult;

const readJson: GraphFileReader = (file, text) => {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return parsed;
  return looksLikeCyjs(parsed.value) ? readCyjsValue(file, parsed.value) : readDatasetValue(file, parsed.value);
};

const readXml: GraphFileReader = (file, text) => {
  const kind = sniffXmlKind(text);
  if (kind === 'gexf') return readGexf(file, text);
  if (kind === 'graphml') return readGraphml(file, text);
  return readFailure(file, null, null, 'an XML file that is neither GraphML nor GEXF');
};

/** extension (lower case, no dot) → reader of text; other modules may add entries. */
export const READERS_BY_EXTENSION: Record<string, GraphFileReader> = {
  json: readJson,
  cyjs: readCyjs,
  graphml: (f, t) => readGraphml(f, t),
  gexf: (f, t) => readGexf(f, t),
  xml: readXml,
};

export const CSV_EXTENSIONS = ['csv', 'tsv', 'txt', 'tab'];
export const XLSX_EXTENSIONS = ['xlsx', 'xlsm'];
/** What the file picker accepts. */
export const ACCEPTED_EXTENSIONS = [...CSV_EXTENSIONS, ...XLSX_EXTENSIONS, 'json', 'cyjs', 'graphml', 'gexf', 'xml'];

/** Kept for callers of the first version: rows → is this a matrix (see tables.ts for the rule). */
export const looksLikeMatrix = looksLikeMatrixRows;

export function sniffCsv(file: string, text: string, details: ImportDetails = {}, warnings: ReadWarning[] = []): ReadResult {
  const parsed = csvRows(file, text);
  if (!parsed.ok) return parsed;
  return looksLikeMatrixRows(parsed.rows) ? readCsvMatrix(file, text, details, warnings) : readCsvEdgeList(file, text, details, warnings);
}

const extOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

export function readGraphFile(name: string, text: string, details: ImportDetails = {}, warnings: ReadWarning[] = []): ReadResult {
  const ext = extOf(name);
  if (!text.replace(/^\uFEFF/, '').trim()) return readFailure(name, null, null, 'the file is empty');
  if (looksBinary(text)) return readFailure(name, null, null, 'this is a binary file, not text; supported: CSV, XLSX, GraphML, GEXF, Cytoscape JSON, the app\'s JSON');
  const reader = READERS_BY_EXTENSION[ext];
  const withPre = (r: ReadResult): ReadResult => (r.ok && warnings.length ? { ...r, warnings: [...warnings, ...r.warnings] } : r);
  const withDetails = (r: ReadResult): ReadResult => (r.ok ? { ...r, network: { ...r.network, details: { ...details, ...r.network.details } } } : r);
  if (reader) return withDetails(withPre(reader(name, text)));
  if (CSV_EXTENSIONS.includes(ext) || ext === '') {
    const head = text.replace(/^\uFEFF/, '').trimStart();
    if (/^[{[]/.test(head)) return withDetails(withPre(readJson(name, text)));
    if (head.startsWith('<')) return withDetails(withPre(readXml(name, text)));
    return sniffCsv(name, text, details, warnings);
  }
  if (ext === 'xls') return readFailure(name, null, null, 'the old Excel .xls format is not supported: save the sheet as .xlsx or CSV');
  return readFailure(name, null, null, `unsupported file type ".${ext}" (supported: .${ACCEPTED_EXTENSIONS.join(', .')})`);
}

/** Any supported file from its bytes (or text). Never throws on bad input; never rejects. */
export async function readGraphBytes(name: string, data: ArrayBuffer | Uint8Array | string): Promise<ReadResult> {
  if (typeof data === 'string') {
    if (data.length > MAX_FILE_BYTES) return readFailure(name, null, null, tooLargeMessage(data.length));
    return readGraphFile(name, data);
  }
  const bytes = toBytes(data);
  if (bytes.byteLength > MAX_FILE_BYTES) return readFailure(name, null, null, tooLargeMessage(bytes.byteLength));
  if (bytes.byteLength === 0) return readFailure(name, null, null, 'the file is empty');
  const ext = extOf(name);
  if (XLSX_EXTENSIONS.includes(ext) || isZip(bytes)) {
    const { readXlsx } = await import('./xlsx.ts');
    return readXlsx(name, bytes);
  }
  if (isOle2(bytes)) return readFailure(name, null, null, 'the old Excel .xls format is not supported: save the sheet as .xlsx or CSV');
  const decoded = decodeText(bytes);
  const warnings: ReadWarning[] = decoded.note ? [{ file: name, row: null, column: null, message: `encoding: ${decoded.note}` }] : [];
  return readGraphFile(name, decoded.text, { encoding: decoded.encoding }, warnings);
}
