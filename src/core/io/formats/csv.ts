/** CSV/TSV edge lists and adjacency matrices; the rows are parsed once and handed to the right reader. */
import { csvRows, DELIMITER_NAMES } from '../csv-rows.ts';
import { cleanRows } from '../clean-rows.ts';
import { edgeListFromRows, looksLikeMatrixRows, matrixFromRows } from '../tables.ts';
import type { ImportDetails, ReadResult, ReadWarning } from '../result.ts';
import type { FormatDescriptor } from './types.ts';
import { looksLikeNodesTable, nodesTableAlone } from '../nodes-csv.ts';

type Shape = 'matrix' | 'edge-list' | 'sniff';

function readCsvAs(shape: Shape, file: string, text: string, details: ImportDetails = {}, warnings: ReadWarning[] = []): ReadResult {
  const parsed = csvRows(file, text);
  if (!parsed.ok) return parsed;
  const cleaned = cleanRows(file, parsed.rows);
  const ctx = { details: { ...details, delimiter: DELIMITER_NAMES[parsed.delimiter] ?? parsed.delimiter }, warnings: [...warnings, ...cleaned] };
  // Our nodes export read alone names no links: say so (its titles are not scores).
  if (shape === 'sniff' && looksLikeNodesTable(parsed.rows)) return nodesTableAlone(file);
  const matrix = shape === 'sniff' ? looksLikeMatrixRows(parsed.rows) : shape === 'matrix';
  return matrix
    ? matrixFromRows(file, parsed.rows, { ...ctx, format: 'csv-matrix' })
    : edgeListFromRows(file, parsed.rows, { ...ctx, format: 'csv-edge-list' });
}

/** A CSV file, as a matrix when its header row is one (tables.ts), else as an edge list. */
export const readCsv = (file: string, text: string, details?: ImportDetails, warnings?: ReadWarning[]) => readCsvAs('sniff', file, text, details, warnings);
/** CSV adjacency matrix: row i, column j holds the score of "row i influences column j". @internal exported for its unit test */
export const readCsvMatrix = (file: string, text: string, details?: ImportDetails, warnings?: ReadWarning[]) => readCsvAs('matrix', file, text, details, warnings);
/** CSV edge list: `source,target[,score][,note]`, header optional and matched loosely. @internal exported for its unit test */
export const readCsvEdgeList = (file: string, text: string, details?: ImportDetails, warnings?: ReadWarning[]) => readCsvAs('edge-list', file, text, details, warnings);

export const csvFormat: FormatDescriptor = {
  id: 'csv', name: 'CSV/TSV', extensions: ['csv', 'tsv', 'txt', 'tab'], mime: 'text/csv', labelKey: 'io.reader.csv',
  produces: ['csv-edge-list', 'csv-matrix'], readText: (f, t) => readCsv(f, t),
};
