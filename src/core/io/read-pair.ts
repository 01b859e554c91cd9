/**
 * A links file and a nodes CSV chosen together (as the app exports them): the links are read as any
 * network file, the nodes table adds titles, positions and the unconnected nodes (nodes-csv.ts).
 */
import { decodeText, toBytes } from './decode.ts';
import { looksLikeNodesTable, withNodesTable } from './nodes-csv.ts';
import { csvRows } from './csv-rows.ts';
import { readGraphBytes } from './read-graph-file.ts';
import { checkNetwork } from './check-network.ts';
import { readFailure, type ReadResult } from './result.ts';

export interface NamedBytes { name: string; data: ArrayBuffer | Uint8Array | string }

const textOf = (data: NamedBytes['data']) => (typeof data === 'string' ? data : decodeText(toBytes(data)).text);

function isNodesFile(f: NamedBytes): boolean {
  const rows = csvRows(f.name, textOf(f.data));
  return rows.ok && looksLikeNodesTable(rows.rows);
}

/** One file: as readGraphBytes. Two: the nodes table (whichever it is) joins the other file's links. */
export async function readGraphFiles(files: readonly NamedBytes[]): Promise<ReadResult> {
  if (files.length === 1) return readGraphBytes(files[0].name, files[0].data);
  if (files.length !== 2) return readFailure(files.map((f) => f.name).join(', '), null, null, 'pairNotTwoFiles', { n: files.length });
  const nodesAt = files.findIndex(isNodesFile);
  if (nodesAt < 0) return readFailure(files[1].name, 1, null, 'pairWithoutNodesTable', { file: files[1].name });
  const nodes = files[nodesAt];
  const links = files[1 - nodesAt];
  const read = await readGraphBytes(links.name, links.data);
  if (!read.ok) return read;
  const joined = withNodesTable(read.network, nodes.name, textOf(nodes.data));
  // The nodes table brings codes of its own: they pass the same check as every network on its way in.
  return joined.ok ? checkNetwork(nodes.name, joined.network, read.warnings) : joined;
}
