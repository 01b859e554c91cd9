/**
 * One entry point for every network file: picks the reader from the extension, then from the content
 * for .csv/.tsv/.txt (matrix or edge list). New formats (XLSX, GraphML, GEXF) register a reader here
 * and return the same ReadResult.
 */
import { csvRows } from './csv-rows.ts';
import { readCsvEdgeList } from './csv-edge-list.ts';
import { readCsvMatrix } from './csv-matrix.ts';
import { readDatasetJson } from './dataset-json.ts';
import { isSdgCode } from './normalise-code.ts';
import { readFailure, type ReadResult } from './result.ts';

export type GraphFileReader = (file: string, text: string) => ReadResult;

/** extension (lower case, no dot) → reader; other modules may add entries. */
export const READERS_BY_EXTENSION: Record<string, GraphFileReader> = {
  json: readDatasetJson,
};

export const CSV_EXTENSIONS = ['csv', 'tsv', 'txt'];

/**
 * A matrix has codes along its first row after a free top-left cell (blank or a label such as
 * "from \\ to"). An edge list's first row is either a header ("source,target") whose second cell is not
 * a code, or a link whose first cell is a code. Cell contents are not consulted, so a matrix with a bad
 * cell still goes to the matrix reader, which can name that cell.
 */
export function looksLikeMatrix(rows: string[][]): boolean {
  if (rows.length < 2 || rows[0].length < 2) return false;
  const head = rows[0];
  if (head[0] === '') return true;
  return head.length >= 3 && !isSdgCode(head[0]) && head.slice(1).every(isSdgCode);
}

export function sniffCsv(file: string, text: string): ReadResult {
  const parsed = csvRows(file, text);
  if (!parsed.ok) return parsed;
  return looksLikeMatrix(parsed.rows) ? readCsvMatrix(file, text) : readCsvEdgeList(file, text);
}

export function readGraphFile(name: string, text: string): ReadResult {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const reader = READERS_BY_EXTENSION[ext];
  if (reader) return reader(name, text);
  if (CSV_EXTENSIONS.includes(ext) || ext === '') {
    if (/^\s*[{[]/.test(text)) return readDatasetJson(name, text);
    return sniffCsv(name, text);
  }
  return readFailure(name, null, null, `unsupported file type ".${ext}" (supported: .csv, .tsv, .txt, .json)`);
}
