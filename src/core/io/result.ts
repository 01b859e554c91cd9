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
  /** worksheet of a workbook (XLSX), when the problem is in one */
  sheet?: string;
}

export type ReadWarning = ReadError;

export type NetworkFormat =
  | 'csv-edge-list' | 'csv-matrix' | 'xlsx-edge-list' | 'xlsx-matrix' | 'graphml' | 'gexf' | 'cytoscape-json' | 'dataset-json'
  | (string & {});

/** What a file said about one node beyond its code (labels, positions, other columns). */
export interface ImportedNodeInfo {
  /** a title from the file; per language when the file has title_en/title_ru/title_kk */
  title?: Partial<Record<'en' | 'ru' | 'kk', string>>;
  x?: number;
  y?: number;
  extra?: Record<string, string | number | boolean | null>;
}

/** How the file was understood, for the import preview and `sdg-graph info`. */
export interface ImportDetails {
  encoding?: 'utf-8' | 'utf-16' | 'windows-1251';
  delimiter?: string;
  sheet?: string;
  skippedSheets?: string[];
  /** 1-based row of the header; rows above it were titles and were skipped */
  headerRow?: number;
  orientation?: string;
  /** which column is what: "source" → "From (column 1)" */
  columns?: Record<string, string>;
}

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
  /** per-node titles, positions and extra attributes read from the file */
  nodeInfo?: Record<string, ImportedNodeInfo>;
  /** the file declared its links ILLUSTRATIVE (our own exports carry that mark) */
  illustrative?: boolean;
  details?: ImportDetails;
}

/** A link of an imported network; `undirected` marks one undirected link of a mixed GraphML/GEXF file. */
export type ImportedLink = Link & { undirected?: boolean };

export type ReadResult =
  | { ok: true; network: ImportedNetwork; warnings: ReadWarning[] }
  | { ok: false; error: ReadError };

export function formatReadError(e: ReadError): string {
  const where = [e.file, e.sheet ? `sheet "${e.sheet}"` : null, e.row !== null ? `row ${e.row}` : null, e.column !== null ? `column ${e.column}` : null].filter(Boolean).join(', ');
  return `${where}: ${e.message}`;
}

export function readFailure(file: string, row: number | null, column: number | null, message: string, sheet?: string): ReadResult {
  return { ok: false, error: { file, row, column, message, ...(sheet !== undefined ? { sheet } : {}) } };
}

/** Spreadsheet column letters, for messages: 1 → A, 28 → AB. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The base name of a path, as files are named in messages and dataset names. */
export const baseName = (file: string) => file.replace(/^.*[\\/]/, '');
