/**
 * CSV adjacency matrix: the first row and the first column hold codes (or "code title"); the cell at
 * (row i, column j) is the score of "row i influences column j"; blank (or 0) = no link. The top-left
 * cell is a free label. Rules are shared with XLSX matrices (tables.ts).
 */
import { csvRows, DELIMITER_NAMES } from './csv-rows.ts';
import { matrixFromRows } from './tables.ts';
import type { ImportDetails, ReadResult, ReadWarning } from './result.ts';

export function readCsvMatrix(file: string, text: string, details: ImportDetails = {}, warnings: ReadWarning[] = []): ReadResult {
  const parsed = csvRows(file, text);
  if (!parsed.ok) return parsed;
  return matrixFromRows(file, parsed.rows, { format: 'csv-matrix', details: { ...details, delimiter: DELIMITER_NAMES[parsed.delimiter] ?? parsed.delimiter }, warnings });
}
