/**
 * CSV text → rows of trimmed cells, via papaparse (delimiter sniffed: comma, semicolon, tab, bar).
 * Blank lines are kept as empty rows, so row numbers in messages are the file's line numbers. Line
 * endings are made one kind first: papaparse guesses a single newline for the whole file, and a file
 * edited in two programs mixes CR, LF and CRLF (each still ends one line).
 */
import Papa from 'papaparse';
import { readFailure, type ReadResult } from './result.ts';

export type CsvRows = { ok: true; rows: string[][]; delimiter: string } | Extract<ReadResult, { ok: false }>;

export function csvRows(file: string, text: string): CsvRows {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { newline: '\n', skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    // papaparse has two quote errors: an opening quote never closed, or a stray quote after a closed one.
    const unclosed = fatal.code === 'MissingQuotes';
    return readFailure(file, fatal.row !== undefined ? fatal.row + 1 : null, null, unclosed ? 'csvUnclosedQuote' : 'csvStrayQuote');
  }
  const rows = parsed.data.map((r) => r.map((c) => (c ?? '').trim()));
  while (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  return { ok: true, rows, delimiter: parsed.meta.delimiter };
}

export const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };
