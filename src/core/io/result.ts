/**
 * What every network file reader returns. Readers never throw on bad input: a user's spreadsheet is
 * data, and the UI and the CLI must be able to say exactly where it is wrong (file, row, column).
 * Rows and columns are 1-based as a spreadsheet shows them; null when the problem is not in one cell.
 */
import type { Link } from '../model/types.ts';

export interface ReadError {
  file: string;
  row: number | null;
  column: number | null;
  message: string;
}

export type ReadWarning = ReadError;

export type NetworkFormat = 'csv-edge-list' | 'csv-matrix' | 'dataset-json' | (string & {});

/** A network as read from a file, before it becomes a graph (see graph/from-network.ts). */
export interface ImportedNetwork {
  format: NetworkFormat;
  name: string;
  level: 'indicator' | 'goal' | 'unknown';
  /** every node the file names, in file order, including ones without links (matrix rows) */
  nodes: string[];
  links: Link[];
  /** true when the file's links mean "both ways" (each link then carries `undirected: true` when built) */
  undirected: boolean;
  /** for the app's own dataset JSON: its header, so the graph can be built exactly as the app does */
  dataset?: { id: string; name: string; illustrative: boolean; description: string };
}

export type ReadResult =
  | { ok: true; network: ImportedNetwork; warnings: ReadWarning[] }
  | { ok: false; error: ReadError };

export function formatReadError(e: ReadError): string {
  const where = [e.file, e.row !== null ? `row ${e.row}` : null, e.column !== null ? `column ${e.column}` : null].filter(Boolean).join(', ');
  return `${where}: ${e.message}`;
}

export function readFailure(file: string, row: number | null, column: number | null, message: string): ReadResult {
  return { ok: false, error: { file, row, column, message } };
}
