/**
 * Cells of a table (CSV rows, XLSX sheets) cleaned in place before any reader looks at them, so every
 * table reader sees the same text (clean-text.ts): NFKC, invisible and control characters removed, a
 * line break inside a cell read as a space. Each cell that lost characters is named by row and column.
 */
import { cleanCell } from './clean-text.ts';
import { readProblem, type ReadWarning } from './result.ts';
import { WarningList } from './warnings.ts';

export function cleanRows(file: string, rows: string[][], sheet?: string): ReadWarning[] {
  const warnings = new WarningList();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const cleaned = cleanCell(cell);
      if (cleaned.text === cell) continue;
      row[c] = cleaned.text.trim();
      if (cleaned.removed) warnings.push(readProblem(file, r + 1, c + 1, 'invisibleCharsRemoved', { value: row[c].slice(0, 40), n: cleaned.removed }, sheet));
    }
  }
  return warnings.list();
}
