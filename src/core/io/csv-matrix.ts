/**
 * CSV adjacency matrix: the first row and the first column hold codes; the cell at (row i, column j) is
 * the score of "row i influences column j"; blank (or 0) = no link. The top-left cell is a free label.
 * Row codes must be the column codes in the same set (a square matrix), else the reader would silently
 * invent nodes; diagonal cells are ignored with a warning when non-zero.
 */
import type { Link } from '../model/types.ts';
import { csvRows } from './csv-rows.ts';
import { normaliseCode, parseScore } from './normalise-code.ts';
import { readFailure, type ReadResult, type ReadWarning } from './result.ts';

export function readCsvMatrix(file: string, text: string): ReadResult {
  const parsed = csvRows(file, text);
  if (!parsed.ok) return parsed;
  const { rows } = parsed;
  if (rows.length < 2 || rows[0].length < 2) return readFailure(file, 1, null, 'a matrix needs a header row of codes and at least one row');
  const columns = rows[0].slice(1).map(normaliseCode);
  const colSeen = new Set<string>();
  for (let j = 0; j < columns.length; j++) {
    if (!columns[j]) return readFailure(file, 1, j + 2, 'empty column code');
    if (colSeen.has(columns[j])) return readFailure(file, 1, j + 2, `column code ${columns[j]} appears twice`);
    colSeen.add(columns[j]);
  }
  const warnings: ReadWarning[] = [];
  const links: Link[] = [];
  const rowSeen = new Set<string>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const line = r + 1;
    const code = normaliseCode(row[0] ?? '');
    if (!code) return readFailure(file, line, 1, 'empty row code');
    if (rowSeen.has(code)) return readFailure(file, line, 1, `row code ${code} appears twice`);
    if (!colSeen.has(code)) return readFailure(file, line, 1, `row code ${code} is not among the column codes`);
    rowSeen.add(code);
    if (row.length > columns.length + 1 && row.slice(columns.length + 1).some((c) => c !== '')) {
      return readFailure(file, line, columns.length + 2, `row has ${row.length - 1} values but there are ${columns.length} columns`);
    }
    for (let j = 0; j < columns.length; j++) {
      const raw = row[j + 1] ?? '';
      if (raw === '') continue;
      const score = parseScore(raw);
      if (Number.isNaN(score)) return readFailure(file, line, j + 2, `cell "${raw}" is not a number`);
      if (score === 0) continue;
      if (columns[j] === code) { warnings.push({ file, row: line, column: j + 2, message: `diagonal cell ${code} → ${code} ignored` }); continue; }
      links.push({ source: code, target: columns[j], score, evidence: 'imported' });
    }
  }
  for (const c of columns) if (!rowSeen.has(c)) warnings.push({ file, row: null, column: columns.indexOf(c) + 2, message: `column ${c} has no row; it only receives links` });
  const name = file.replace(/^.*[\\/]/, '');
  return { ok: true, network: { format: 'csv-matrix', name, level: 'unknown', nodes: columns, links, undirected: false }, warnings };
}
