/**
 * What every network file reader returns. Readers never throw on bad input: a user's spreadsheet is
 * data, and the UI and the CLI must be able to say exactly where it is wrong (file, row, column).
 * Rows and columns are 1-based as a spreadsheet shows them; null when the problem is not in one cell.
 *
 * The one error type of io: a `ReadError` is an AppMessage (a code from IO_MESSAGE_CODES, see
 * messages.ts, with its facts in `params`) plus its place at the top level (file, row, column,
 * sheet), so the UI (src/ui/messages.ts) and the CLI (src/cli/render.ts) render the place in their
 * own words and order. Core never writes English prose here.
 */
import type { Link } from '../model/types.ts';
import type { AppMessage, MessageParams } from '../model/message.ts';
import type { IoMessageCode } from './messages.ts';

export interface ReadError extends AppMessage {
  code: IoMessageCode;
  file: string;
  row: number | null;
  column: number | null;
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
  /** the file's own drawing: a CSS colour (GEXF viz:color, GraphML r/g/b or color) and a size */
  color?: string;
  size?: number;
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
  /** which way links point, as a message code (orientationRowsToColumns, …) */
  orientation?: AppMessage;
  /** which column is what: "source" → { code: 'atNamedColumn', params: { name: 'From', column: 1 } } */
  columns?: Record<string, AppMessage>;
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

/** A located message: the one way io builds errors and warnings. */
export function readProblem(file: string, row: number | null, column: number | null, code: IoMessageCode, params?: MessageParams, sheet?: string): ReadError {
  return { code, ...(params ? { params } : {}), file, row, column, ...(sheet !== undefined ? { sheet } : {}) };
}

export function readFailure(file: string, row: number | null, column: number | null, code: IoMessageCode, params?: MessageParams, sheet?: string): { ok: false; error: ReadError } {
  return { ok: false, error: readProblem(file, row, column, code, params, sheet) };
}

/** Thrown only by the bundled-data parsers (our own files; see bundled.ts): carries the same ReadError. */
export class ReadErrorThrown extends Error {
  constructor(public readonly error: ReadError) {
    super(`${error.file}: ${error.code}`);
    this.name = 'ReadErrorThrown';
  }
}

/** The base name of a path, as files are named in messages and dataset names. */
export const baseName = (file: string) => file.replace(/^.*[\\/]/, '');
