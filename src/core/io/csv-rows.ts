/** CSV text → rows of trimmed cells, via papaparse (delimiter sniffed: comma, semicolon, tab). */
import Papa from 'papaparse';
import { readFailure, type ReadResult } from './result.ts';

export type CsvRows = { ok: true; rows: string[][] } | Extract<ReadResult, { ok: false }>;

export function csvRows(file: string, text: string): CsvRows {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    return readFailure(file, fatal.row !== undefined ? fatal.row + 1 : null, null, `CSV: ${fatal.message}`) as Extract<ReadResult, { ok: false }>;
  }
  return { ok: true, rows: parsed.data.map((r) => r.map((c) => (c ?? '').trim())) };
}
