/**
 * Where a table reader found a link, for the evidence panel and the exports: the file (its base name,
 * as the user named it), the sheet of a workbook, and the cell of a matrix ("C4") or the row of an
 * edge list, 1-based as a spreadsheet shows them.
 */
import type { LinkLocation } from '../model/types.ts';

/** "A" for column 1, "AA" for 27.
 * @internal also used by its unit test */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// One file is read at a time, link after link: remember its base name rather than split it per link.
let lastFile = '', lastBase = '';
function baseName(file: string): string {
  if (file !== lastFile) { lastFile = file; lastBase = file.split(/[\\/]/).pop() || file; }
  return lastBase;
}

export function cellLocation(file: string, sheet: string | undefined, row: number, column: number): LinkLocation {
  return { file: baseName(file), ...(sheet ? { sheet } : {}), cell: `${columnLetters(column)}${row}` };
}

/**
 * The id a GraphML or GEXF file gave a link, or null when it gave none: graphology numbers unnamed
 * links "0", "1", …, and a bare number says nothing a person could search the file for.
 */
export const fileEdgeId = (key: string): string | null => (/^\d+$/.test(key) ? null : key);

/** A link of a GraphML or GEXF file: its number among the file's links, and its id when the file named it. */
export function edgeLocation(file: string, edge: number, key: string): LinkLocation {
  const id = fileEdgeId(key);
  return { file: baseName(file), edge, ...(id === null ? {} : { edgeId: id }) };
}

export function rowLocation(file: string, sheet: string | undefined, row: number): LinkLocation {
  return { file: baseName(file), ...(sheet ? { sheet } : {}), row };
}
